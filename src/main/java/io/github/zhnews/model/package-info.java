/** Immutable value types returned by zhnews. Offsets are Java {@code String} indices into the input. */
package io.github.zhnews.model;
