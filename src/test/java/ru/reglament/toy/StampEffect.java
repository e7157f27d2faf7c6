package ru.reglament.toy;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;

/** Stamps the application with the text the action asks for, and says so in the history and as an event. */
@Component
class StampEffect implements ActionEffect {

    static final String TEXT = "stampText";

    private final StampBook book;

    StampEffect(StampBook book) {
        this.book = book;
    }

    @Override
    public String name() {
        return "toy-stamp";
    }

    @Override
    public List<EffectParameter> parameters() {
        return List.of(new EffectParameter(TEXT, "text", true));
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        String text = context.inputs().text(TEXT);
        book.stamp(context.application().id(), text);
        return Changes.none().detail("stamp", text)
                .publish(new ToyStamped(context.application().id(), text, context.caller().fullName()));
    }
}
