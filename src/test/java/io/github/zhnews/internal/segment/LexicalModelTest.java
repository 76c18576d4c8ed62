package io.github.zhnews.internal.segment;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.model.perceptron.common.TaskType;
import io.github.zhnews.internal.resources.ResourceException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LexicalModelTest {
    @Test
    void aGarbledOrTruncatedModelIsAResourceException() {
        byte[] garbage = "this is not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ResourceException e =
                assertThrows(
                        ResourceException.class,
                        () -> LexicalModel.parse(garbage, "models/cws.bin", TaskType.CWS));
        assertTrue(e.getMessage().contains("models/cws.bin"), e.getMessage());
        byte[] shipped =
                io.github.zhnews.internal.resources.ModelResources.bytes(
                        LexicalModel.SEGMENTER_FILE);
        byte[] truncated = Arrays.copyOf(shipped, shipped.length / 2);
        assertThrows(
                ResourceException.class,
                () -> LexicalModel.parse(truncated, "models/cws.bin", TaskType.CWS));
    }

    @Test
    void aModelOfTheWrongKindIsAResourceException() {
        byte[] shipped =
                io.github.zhnews.internal.resources.ModelResources.bytes(
                        LexicalModel.SEGMENTER_FILE);
        ResourceException e =
                assertThrows(
                        ResourceException.class,
                        () -> LexicalModel.parse(shipped, "models/pos.bin", TaskType.POS));
        assertTrue(e.getMessage().contains("expected POS"), e.getMessage());
    }
}
