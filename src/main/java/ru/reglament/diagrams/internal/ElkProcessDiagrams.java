package ru.reglament.diagrams.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import ru.reglament.diagrams.ProcessDiagram;
import ru.reglament.diagrams.ProcessDiagram.Arrow;
import ru.reglament.diagrams.ProcessDiagram.Box;
import ru.reglament.diagrams.ProcessDiagram.Kind;
import ru.reglament.diagrams.ProcessDiagram.Line;
import ru.reglament.diagrams.ProcessDiagrams;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;
import ru.reglament.process.Transition;
import ru.reglament.staff.Role;

/**
 * Lays a definition out top to bottom with ELK's layered algorithm: statuses in the order the
 * definition gives them, final ones together in the last row, arrows routed orthogonally with their
 * labels placed between the rows. Text is measured here, so boxes and labels fit what they say.
 */
@Service
class ElkProcessDiagrams implements ProcessDiagrams {

    private static final double NAME_SIZE = 12.5, SMALL_SIZE = 10.5, LABEL_SIZE = 10.5;
    private static final double BOX_PADDING = 8, BOX_MIN = 150, BOX_MAX = 220, LABEL_MAX = 170;
    private static final double LINE_GAP = 1.3;
    // Italic and bold glyphs run a little wider than measured with these faces; the slack keeps text inside.
    private static final double SLACK = 1.06;

    /** Roles shown as the broader one when both may act: an assigning registrar is a registrar who may also assign. */
    private static final Map<Role, Role> SHOWN_AS = Map.of(
            Role.ASSIGNING_REGISTRAR, Role.REGISTRAR, Role.ASSIGNING_SPECIALIST, Role.SPECIALIST);

    private final MessageSource messages;
    private final TextMetrics regular = TextMetrics.load("liberation/LiberationSans-Regular.ttf");
    private final TextMetrics bold = TextMetrics.load("liberation/LiberationSans-Bold.ttf");
    private final Map<String, ProcessDiagram> drawn = new ConcurrentHashMap<>();

    ElkProcessDiagrams(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ProcessDiagram of(ProcessDefinition process, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return drawn.computeIfAbsent(process.code() + "/" + process.version() + "/" + (english ? "en" : "ru"),
                key -> draw(process, locale, english));
    }

    /** What one box says before it is placed. */
    private record BoxText(String code, boolean isFinal, double width, double height, List<Line> lines) {}

    /** An arrow's content before it is routed. */
    private static final class Change {
        final String from, to;
        final List<String> actions = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final Set<Role> roles = new LinkedHashSet<>();

        Change(String from, String to) {
            this.from = from;
            this.to = to;
        }

        boolean system() {
            return roles.equals(Set.of(Role.SYSTEM));
        }
    }

    private ProcessDiagram draw(ProcessDefinition process, Locale locale, boolean english) {
        Map<String, Change> changes = new LinkedHashMap<>();
        Map<String, Set<String>> keeping = new LinkedHashMap<>();
        Map<String, Set<Role>> acting = new LinkedHashMap<>();
        for (String status : process.statuses().keySet()) {
            keeping.put(status, new LinkedHashSet<>());
            acting.put(status, new LinkedHashSet<>());
        }
        keeping.put(ProcessDiagram.ANY, new LinkedHashSet<>());
        acting.put(ProcessDiagram.ANY, new LinkedHashSet<>());

        for (ProcessAction action : process.actions().values()) {
            String label = action.label(english);
            for (Transition t : action.transitions()) {
                for (String from : t.from()) {
                    String source = ProcessDefinitions.ANY.equals(from) ? ProcessDiagram.ANY : from;
                    if (t.keepsStatus() || t.to().equals(from)) {
                        keeping.get(source).add(label);
                        continue;
                    }
                    Change change = changes.computeIfAbsent(source + ">" + t.to(), k -> new Change(source, t.to()));
                    if (!change.actions.contains(action.code())) {
                        change.actions.add(action.code());
                        change.labels.add(label);
                    }
                    change.roles.addAll(t.roles());
                    t.roles().stream().filter(r -> r != Role.SYSTEM).forEach(acting.get(source)::add);
                }
            }
        }

        List<BoxText> texts = new ArrayList<>();
        for (ProcessStatus status : process.statuses().values()) {
            texts.add(box(status.code(), status.isFinal(), status.name(english),
                    acting.get(status.code()), keeping.get(status.code()), locale));
        }
        boolean anyUsed = !keeping.get(ProcessDiagram.ANY).isEmpty()
                || changes.values().stream().anyMatch(c -> c.from.equals(ProcessDiagram.ANY));
        if (anyUsed) {
            texts.add(box(ProcessDiagram.ANY, false, messages.getMessage("diagram.any-status", null, locale),
                    acting.get(ProcessDiagram.ANY), keeping.get(ProcessDiagram.ANY), locale));
        }
        return layout(process, texts, List.copyOf(changes.values()), locale);
    }

    private BoxText box(String code, boolean isFinal, String name, Set<Role> roles, Set<String> keeps, Locale locale) {
        List<String> nameLines = bold.wrap(name, NAME_SIZE, BOX_MAX - 2 * BOX_PADDING);
        List<String> roleLines = roles.isEmpty() ? List.of()
                : regular.wrap(roleNames(roles, locale), SMALL_SIZE, BOX_MAX - 2 * BOX_PADDING);
        List<String> actionLines = keeps.isEmpty() ? List.of()
                : regular.wrap("↻ " + String.join(", ", keeps), SMALL_SIZE, BOX_MAX - 2 * BOX_PADDING);

        double width = BOX_MIN;
        for (String l : nameLines) width = Math.max(width, bold.width(l, NAME_SIZE) * SLACK + 2 * BOX_PADDING);
        for (String l : roleLines) width = Math.max(width, regular.width(l, SMALL_SIZE) * SLACK + 2 * BOX_PADDING);
        for (String l : actionLines) width = Math.max(width, regular.width(l, SMALL_SIZE) * SLACK + 2 * BOX_PADDING);

        // Lines are placed relative to the box's top centre; the layout moves them with the box.
        List<Line> lines = new ArrayList<>();
        double y = BOX_PADDING;
        y = stack(lines, nameLines, NAME_SIZE, Kind.NAME, y);
        y = stack(lines, roleLines, SMALL_SIZE, Kind.ROLES, y + (roleLines.isEmpty() ? 0 : 2));
        y = stack(lines, actionLines, SMALL_SIZE, Kind.ACTIONS, y + (actionLines.isEmpty() ? 0 : 2));
        return new BoxText(code, isFinal, Math.ceil(width), Math.ceil(y + BOX_PADDING - 2), lines);
    }

    private static double stack(List<Line> into, List<String> texts, double size, Kind kind, double top) {
        double y = top;
        for (String text : texts) {
            into.add(new Line(text, 0, y + size, kind));
            y += size * LINE_GAP;
        }
        return y;
    }

    private String roleNames(Set<Role> roles, Locale locale) {
        Set<Role> shown = new LinkedHashSet<>();
        for (Role role : roles) {
            Role broader = SHOWN_AS.get(role);
            shown.add(broader != null && roles.contains(broader) ? broader : role);
        }
        return shown.stream().map(r -> messages.getMessage("role." + r.name(), null, r.title(), locale))
                .collect(Collectors.joining(", "));
    }

    private ProcessDiagram layout(ProcessDefinition process, List<BoxText> texts, List<Change> changes, Locale locale) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(8));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 24.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
        // The definition's order is the reading order: an arrow to an earlier status is the one turned
        // back (rework, routing), and the order is kept within a row where crossings allow.
        graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // One drawing, not one per connected part: "any status → withdrawn" joins the final row.
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (BoxText text : texts) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(text.code());
            node.setDimensions(text.width(), text.height());
            if (text.isFinal()) node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
            nodes.put(text.code(), node);
        }
        Map<Change, ElkEdge> edges = new LinkedHashMap<>();
        Map<Change, List<String>> labelLines = new LinkedHashMap<>();
        for (Change change : changes) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(change.from), nodes.get(change.to));
            List<String> lines = new ArrayList<>();
            for (String label : change.labels) lines.addAll(regular.wrap(label, LABEL_SIZE, LABEL_MAX));
            double width = 0;
            for (String l : lines) width = Math.max(width, regular.width(l, LABEL_SIZE) * SLACK);
            ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), edge);
            label.setDimensions(Math.ceil(width) + 4, Math.ceil(lines.size() * LABEL_SIZE * LINE_GAP) + 2);
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            edges.put(change, edge);
            labelLines.put(change, lines);
        }

        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Box> boxes = new ArrayList<>();
        for (BoxText text : texts) {
            ElkNode node = nodes.get(text.code());
            double centre = node.getX() + node.getWidth() / 2;
            List<Line> lines = text.lines().stream()
                    .map(l -> new Line(l.text(), round(centre), round(node.getY() + l.y()), l.kind())).toList();
            boxes.add(new Box(text.code(), text.isFinal(), round(node.getX()), round(node.getY()),
                    node.getWidth(), node.getHeight(), lines));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (Change change : changes) {
            ElkEdge edge = edges.get(change);
            ElkLabel label = edge.getLabels().get(0);
            List<Line> lines = new ArrayList<>();
            double y = label.getY() + 1;
            for (String text : labelLines.get(change)) {
                lines.add(new Line(text, round(label.getX() + label.getWidth() / 2), round(y + LABEL_SIZE), Kind.LABEL));
                y += LABEL_SIZE * LINE_GAP;
            }
            arrows.add(new Arrow(change.from, change.to, List.copyOf(change.actions), roleNames(change.roles, locale),
                    change.system(), path(edge), lines));
        }
        return new ProcessDiagram(process.code(), process.version(), Math.ceil(graph.getWidth()),
                Math.ceil(graph.getHeight()), boxes, arrows);
    }

    private static String path(ElkEdge edge) {
        StringBuilder d = new StringBuilder();
        for (ElkEdgeSection section : edge.getSections()) {
            d.append("M").append(round(section.getStartX())).append(' ').append(round(section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                d.append(" L").append(round(bend.getX())).append(' ').append(round(bend.getY()));
            }
            d.append(" L").append(round(section.getEndX())).append(' ').append(round(section.getEndY()));
        }
        return d.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
