package ru.reglament.diagrams;

import java.util.List;

/**
 * A process definition laid out for drawing, in pixels: every status a box, every status change an
 * arrow labelled with the actions that make it. Actions that keep the status are listed in their
 * status's box; those allowed in any non-final status in one box of their own ({@link #ANY}).
 * The same drawing serves every application of the version: the card only marks current and passed
 * statuses.
 */
public record ProcessDiagram(String process, int version, double width, double height,
        List<Box> boxes, List<Arrow> arrows) {

    /** The box of actions allowed in any non-final status. */
    public static final String ANY = "any";

    /** A status (or {@link #ANY}): its place, its text lines, and whether it ends the process. */
    public record Box(String code, boolean isFinal, double x, double y, double width, double height, List<Line> lines) {

        public boolean any() {
            return ANY.equals(code);
        }
    }

    /**
     * A status change: from, to, the actions that make it (codes, in the definition's order), the
     * roles that may (a tooltip), the SVG path and the label's lines; {@code system} when only the
     * platform makes it.
     */
    public record Arrow(String from, String to, List<String> actions, String roles, boolean system,
            String path, List<Line> label) {
    }

    /** One line of text at its baseline. */
    public record Line(String text, double x, double y, Kind kind) {
    }

    public enum Kind { NAME, ROLES, ACTIONS, LABEL }
}
