package ru.reglament.process;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ParameterType} described by data: its name, how its value travels, how a form asks for it,
 * whether a declaration gives its longest value ({@code max}) and which keys of its own a declaration
 * may carry. A type then writes only how a value is read and what a form offers.
 */
public abstract class DeclaredParameterType implements ParameterType {

    private final String name;
    private final ActionParameter.Shape shape;
    private final Control control;
    private final boolean hasMax;
    private final String[] keys;

    protected DeclaredParameterType(String name, ActionParameter.Shape shape, Control control, boolean hasMax,
            String... keys) {
        this.name = name;
        this.shape = shape;
        this.control = control;
        this.hasMax = hasMax;
        this.keys = keys.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ActionParameter.Shape shape() {
        return shape;
    }

    @Override
    public Control control(ActionParameter declared) {
        return control;
    }

    @Override
    public List<String> problems(ActionParameter declared) {
        List<String> problems = new ArrayList<>(unknownAttributes(declared, keys));
        if (hasMax && declared.max() <= 0) problems.add("max: the longest value, a positive whole number");
        return problems;
    }
}
