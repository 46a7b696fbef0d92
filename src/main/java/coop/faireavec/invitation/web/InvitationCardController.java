package coop.faireavec.invitation.web;

import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.invitation.InvitationService;
import coop.faireavec.invitation.InvitationService.IssuedInvitation;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.QrCodePng;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A carrier makes an invitation code for a member and gets a printable card. The code is shown this once: it is
 * not stored, so the page is rendered straight from the POST (never cached, see the security headers).
 */
@Controller
class InvitationCardController {

    private final InvitationService invitations;
    private final String publicUrl;

    InvitationCardController(InvitationService invitations, FaireAvecProperties settings) {
        this.invitations = invitations;
        this.publicUrl = settings.publicUrl();
    }

    @PostMapping("/experimentations/{id}/members/{personId}/invitation")
    String create(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        IssuedInvitation issued = invitations.create(me.viewer(), id, personId);
        String entryUrl = baseUrl() + "/invitation";
        String link = entryUrl + "?code=" + issued.code();
        model.addAttribute("card", issued);
        model.addAttribute("entryUrl", entryUrl);
        model.addAttribute("link", link);
        model.addAttribute("qrCode", QrCodePng.dataUrl(link));
        return "invitation/card";
    }

    /** Someone with an e-mail address gets the code and its link by mail instead of on paper. */
    @PostMapping("/experimentations/{id}/members/{personId}/invitation/email")
    String mail(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        IssuedInvitation issued = invitations.sendByMail(me.viewer(), id, personId);
        redirect.addFlashAttribute("flash", "flash.invitationMailed");
        redirect.addFlashAttribute("flashArg", issued.personName());
        return "redirect:/experimentations/" + id + "/members";
    }

    /** The address people type: {@code faireavec.public-url} if set, else the one this request came to. */
    private String baseUrl() {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.strip().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
