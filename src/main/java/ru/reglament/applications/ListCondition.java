package ru.reglament.applications;

/**
 * A condition the list can be narrowed by, contributed by the module that knows it (the interagency
 * module: «ожидает ответа СМЭВ»): a code for the URL and the API, a label for the filter, and an SQL
 * predicate over the application's row as {@code a} (typically {@code a.id in (select … from the
 * module's table …)}, on an index of its own). No parameters: the condition is the same for everyone.
 */
public interface ListCondition {

    String code();

    /** The filter's label, in English when {@code english}. */
    String label(boolean english);

    String sql();
}
