package coop.faireavec.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** "Stay signed in": any authenticated request extends the session; this one does nothing else. */
@Controller
class SessionController {

    @PostMapping("/session/keepalive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
