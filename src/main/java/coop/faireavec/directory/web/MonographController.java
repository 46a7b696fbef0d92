package coop.faireavec.directory.web;

import coop.faireavec.directory.Monograph;
import coop.faireavec.directory.MonographDetails;
import coop.faireavec.directory.MonographService;
import coop.faireavec.directory.PhotoProblem;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.GuardedUpload;
import coop.faireavec.shared.GuardedUploadProblem;
import coop.faireavec.shared.UploadGuard;
import coop.faireavec.shared.UploadType;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monographs of local initiatives for the readers of a territory's directory (issue #17, point 3): the list, a
 * monograph's page and its photos; its correspondents and carriers write them and add photos; carriers publish them.
 */
@Controller
@RequestMapping("/directory/{territoryId}/monographs")
class MonographController {

    /** The kinds of photo accepted, recognised by their content. */
    static final Set<UploadType> PHOTO_TYPES = Set.of(UploadType.JPEG, UploadType.PNG, UploadType.WEBP);

    private final MonographService monographs;
    private final UploadGuard uploads;

    MonographController(MonographService monographs, UploadGuard uploads) {
        this.monographs = monographs;
        this.uploads = uploads;
    }

    @GetMapping
    String list(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("listing", monographs.list(me.viewer(), territoryId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("publicView", false);
        return "directory/monographs";
    }

    @GetMapping("/{monographId}")
    String show(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("page", monographs.monograph(me.viewer(), territoryId, monographId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("publicView", false);
        return "directory/monograph";
    }

    @GetMapping("/new")
    String newForm(
            @PathVariable long territoryId,
            @RequestParam(required = false) Long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("form", MonographForm.empty(structureId));
        return form(me, territoryId, null, model);
    }

    @PostMapping("/new")
    String add(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") MonographForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MonographDetails details = form.validate(errors, monographs.structureOptions(me.viewer(), territoryId));
        if (errors.hasErrors()) {
            return form(me, territoryId, null, model);
        }
        Monograph m = monographs.add(me.viewer(), territoryId, details);
        redirect.addFlashAttribute("flash", "monograph.flash.added");
        return "redirect:" + page(territoryId, m.getId());
    }

    @GetMapping("/{monographId}/edit")
    String editForm(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("form", MonographForm.of(monographs.forEdit(me.viewer(), territoryId, monographId)));
        return form(me, territoryId, monographId, model);
    }

    @PostMapping("/{monographId}/edit")
    String change(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") MonographForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        boolean wasPublished =
                monographs.forEdit(me.viewer(), territoryId, monographId).isPublished();
        MonographDetails details = form.validate(errors, monographs.structureOptions(me.viewer(), territoryId));
        if (errors.hasErrors()) {
            return form(me, territoryId, monographId, model);
        }
        boolean published = monographs
                .change(me.viewer(), territoryId, monographId, form.seenVersion(), details)
                .isPublished();
        redirect.addFlashAttribute(
                "flash", wasPublished && !published ? "monograph.flash.backToDraft" : "monograph.flash.changed");
        return "redirect:" + page(territoryId, monographId);
    }

    @PostMapping("/{monographId}/publish")
    String publish(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        monographs.publish(me.viewer(), territoryId, monographId);
        redirect.addFlashAttribute("flash", "monograph.flash.published");
        return "redirect:" + page(territoryId, monographId);
    }

    @PostMapping("/{monographId}/unpublish")
    String unpublish(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        monographs.unpublish(me.viewer(), territoryId, monographId);
        redirect.addFlashAttribute("flash", "monograph.flash.unpublished");
        return "redirect:" + page(territoryId, monographId);
    }

    @GetMapping("/{monographId}/photos/new")
    String photoForm(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        monographs.forEdit(me.viewer(), territoryId, monographId);
        model.addAttribute("form", MonographPhotoForm.empty());
        return photoPage(me, territoryId, monographId, model);
    }

    @PostMapping("/{monographId}/photos/new")
    String addPhoto(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") MonographPhotoForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        monographs.forEdit(me.viewer(), territoryId, monographId);
        GuardedUpload upload = null;
        try {
            upload = uploads.check(form.photo(), "photo", PHOTO_TYPES);
        } catch (GuardedUploadProblem p) {
            errors.rejectValue(p.field(), p.messageKey(), p.arguments(), null);
        }
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                monographs.addPhoto(
                        me.viewer(),
                        territoryId,
                        monographId,
                        upload,
                        form.alt(),
                        form.cleanCaption(),
                        form.cleanCredit());
            } catch (PhotoProblem p) {
                errors.rejectValue("photo", "upload.unreadable", new Object[] {upload.displayName()}, null);
            }
        }
        if (errors.hasErrors()) {
            return photoPage(me, territoryId, monographId, model);
        }
        redirect.addFlashAttribute("flash", "monograph.flash.photoAdded");
        return "redirect:" + page(territoryId, monographId);
    }

    @PostMapping("/{monographId}/photos/{photoId}/remove")
    String removePhoto(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @PathVariable long photoId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        monographs.removePhoto(me.viewer(), territoryId, monographId, photoId);
        redirect.addFlashAttribute("flash", "monograph.flash.photoRemoved");
        return "redirect:" + page(territoryId, monographId);
    }

    @GetMapping("/{monographId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(
            @PathVariable long territoryId,
            @PathVariable long monographId,
            @PathVariable long photoId,
            @AuthenticationPrincipal AccountPrincipal me) {
        return MonographPhotos.send(monographs.photo(me.viewer(), territoryId, monographId, photoId), false);
    }

    private String form(AccountPrincipal me, long territoryId, Long monographId, Model model) {
        model.addAttribute("options", monographs.structureOptions(me.viewer(), territoryId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("monographId", monographId);
        return "directory/monograph-form";
    }

    private String photoPage(AccountPrincipal me, long territoryId, long monographId, Model model) {
        model.addAttribute("page", monographs.monograph(me.viewer(), territoryId, monographId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        return "directory/monograph-photo-form";
    }

    private static String page(long territoryId, long monographId) {
        return DirectoryPages.base(territoryId) + "/monographs/" + monographId;
    }
}
