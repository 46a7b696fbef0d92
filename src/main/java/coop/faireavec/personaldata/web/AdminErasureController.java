package coop.faireavec.personaldata.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.personaldata.PersonalDataService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator erases a person from the admin person page, after typing the person's number again: the person
 * becomes "Personne effacée N" everywhere (see {@link PersonalDataService#erase}).
 */
@Controller
@RequestMapping("/admin/people/{personId}/erase")
class AdminErasureController {

    private final PersonalDataService data;

    AdminErasureController(PersonalDataService data) {
        this.data = data;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long personId, Model model) {
        model.addAttribute("form", EraseForm.empty());
        return page(me, personId, model);
    }

    @PostMapping
    String erase(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long personId,
            @Valid @ModelAttribute("form") EraseForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && form.typedNumber() != personId) {
            errors.rejectValue("typedNumber", "form.erase.numberWrong");
        }
        if (!errors.hasErrors()) {
            try {
                int number = data.eraseAsAdministrator(
                        me.viewer(),
                        new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr()),
                        personId);
                redirect.addFlashAttribute("flash", "flash.personErased");
                redirect.addFlashAttribute("flashArg", number);
                return "redirect:/admin/people/" + personId;
            } catch (ConflictException e) {
                errors.reject(e.getMessageKey());
            }
        }
        return page(me, personId, model);
    }

    private String page(AccountPrincipal me, long personId, Model model) {
        model.addAttribute("person", data.person(me.viewer(), personId));
        model.addAttribute("erased", data.erased(personId));
        return "personaldata/erase";
    }
}
