package ru.reglament.workstation.internal;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.reglament.access.Actor;
import ru.reglament.notifications.Notification;
import ru.reglament.notifications.Notifications;

/** «Уведомления»: assignments to me, returns for rework, applications routed in; unread ones first marked. */
@WorkstationPage
class NotificationsPage {

    private static final int SHOWN = 50;

    private final Notifications notifications;

    NotificationsPage(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String notifications(@AuthenticationPrincipal Actor actor, Model model) {
        List<Notification> items = notifications.latest(actor, SHOWN);
        model.addAttribute("items", items);
        model.addAttribute("newest", items.isEmpty() ? 0 : items.get(0).id());
        model.addAttribute("currentSection", "notifications");
        return "workstation/notifications";
    }

    @PostMapping("/notifications/seen")
    String seen(@RequestParam long upTo, @AuthenticationPrincipal Actor actor) {
        notifications.markSeen(actor, upTo);
        return "redirect:/notifications";
    }
}
