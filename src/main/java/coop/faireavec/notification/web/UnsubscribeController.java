package coop.faireavec.notification.web;

import coop.faireavec.notification.MailPreferences;
import coop.faireavec.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-click unsubscribe of mails (RFC 8058), open without signing in: {@code GET} shows a confirmation page with a
 * button (a link opened by a mail scanner changes nothing), {@code POST} withdraws the person's consent to e-mail.
 * The POST needs no CSRF token (a mail client sends it with no session; RFC 8058): the signed token is the proof. A
 * wrong token gets the "not found" page.
 */
@Controller
class UnsubscribeController {

    private final MailPreferences preferences;

    UnsubscribeController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        if (!preferences.validToken(token)) {
            throw new NotFoundException("unsubscribe token", "?");
        }
        model.addAttribute("token", token);
        return "unsubscribe/confirm";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("outcome", preferences.unsubscribe(token).name());
        return "unsubscribe/done";
    }
}
