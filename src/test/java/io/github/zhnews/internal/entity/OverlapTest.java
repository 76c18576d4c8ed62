package io.github.zhnews.internal.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People and places never overlap, and particles never make names. */
class OverlapTest {
    @Test
    void aPersonIsNotAlsoAPlaceInsideIt() {
        String text = "本报北京讯记者贾西平报道：国家海洋局今天召开会议。";
        List<String> people = EntityRecognizerTest.names(text, EntityType.PERSON);
        List<String> places = EntityRecognizerTest.names(text, EntityType.PLACE);
        assertTrue(people.contains("贾西平"), people::toString);
        assertFalse(places.contains("西平"), places::toString);
    }

    @Test
    void aSingleCharacterIsNoMentionOfAnOrganisation() {
        String text = "代表团拜会了尼泊尔大会党主席，双方都愿意加强两党、两国间的交往。";
        for (io.github.zhnews.model.Entity e :
                EntityRecognizerTest.find(text, EntityType.ORGANIZATION)) {
            assertTrue(e.mentions().stream().allMatch(m -> m.text().length() >= 2), e::toString);
        }
    }

    @Test
    void wordsWithParticlesAreNeitherPeopleNorPlaces() {
        String text = "老人们高兴地参加了通车仪式，他为长城站题写了“长城站”的站名。";
        assertFalse(EntityRecognizerTest.names(text, EntityType.PERSON).contains("高兴地"));
        assertFalse(EntityRecognizerTest.names(text, EntityType.PLACE).contains("的站"));
    }
}
