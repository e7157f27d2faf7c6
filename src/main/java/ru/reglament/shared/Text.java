package ru.reglament.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text a field of an incoming record accepts, declared next to the field and enforced by
 * {@link InputPolicy}: at most {@link #max()} characters, no control characters (line breaks and tabs
 * only where {@link #multiline()}), no unpaired surrogates. On a JSON-tree field it applies to every
 * text and key inside the tree. Every text field of an incoming record must carry it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Text {

    /** Longest value in characters: what the column and every index over it can hold. */
    int max();

    /** Whether line breaks and tabs are part of the value (a comment, an address), not an injection. */
    boolean multiline() default false;
}
