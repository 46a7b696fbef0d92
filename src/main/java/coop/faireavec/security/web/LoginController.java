package coop.faireavec.security.web;

import coop.faireavec.security.SignInFailureHandler;
import coop.faireavec.security.SignInGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; after a failed or throttled attempt it shows again the username that was typed (never the
 * password), and after a throttled one how many minutes to wait. A sign-in of this session that waits for its second
 * step (two-factor code) is sent there instead.
 */
@Controller
class LoginController {

    private final List<SignInGate> gates;

    LoginController(List<SignInGate> gates) {
        this.gates = gates;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        for (SignInGate gate : gates) {
            Optional<String> waiting = gate.waitingStep(request);
            if (waiting.isPresent()) {
                return "redirect:" + waiting.get();
            }
        }
        HttpSession session = request.getSession(false);
        Object typed = session == null ? null : session.getAttribute(SignInFailureHandler.LAST_USERNAME);
        if (typed != null) {
            session.removeAttribute(SignInFailureHandler.LAST_USERNAME);
            model.addAttribute("username", typed);
        }
        Object wait = session == null ? null : session.getAttribute(SignInFailureHandler.WAIT_MINUTES);
        if (wait != null) {
            session.removeAttribute(SignInFailureHandler.WAIT_MINUTES);
            model.addAttribute("waitMinutes", wait);
        }
        return "login";
    }
}
