package ru.reglament.applications;

/**
 * A condition the list can be narrowed by, contributed by the module that knows it (the interagency
 * module: «ожидает ответа СМЭВ»): a code for the URL and the API, a label for the filter, and the
 * applications that meet it as a query of the module's own tables. No parameters: the condition is the
 * same for everyone.
 */
public interface ListCondition {

    String code();

    /** The filter's label, in English when {@code english}. */
    String label(boolean english);

    /**
     * SQL selecting the ids of the applications that meet the condition (repeats allowed), in one
     * column, from an index of the module's that holds current work rather than history: the list
     * reads its pages through it, and counts what it finds by walking it.
     */
    String applicationIds();
}
