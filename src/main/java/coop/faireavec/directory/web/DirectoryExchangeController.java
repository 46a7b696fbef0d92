package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryExchangeService;
import coop.faireavec.directory.DirectoryExchangeService.ImportOutcome;
import coop.faireavec.directory.DirectoryService;
import coop.faireavec.directory.ImportPreview;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.GuardedUpload;
import coop.faireavec.shared.GuardedUploadProblem;
import coop.faireavec.shared.UploadGuard;
import coop.faireavec.shared.UploadType;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A territory's directory in and out (issue #17, point 4): its members download it (data·inclusion JSON, Excel); its
 * editors download the documented template, upload a data·inclusion JSON file or a workbook, see the preview of every
 * row with its problems, and confirm. Every upload goes through {@link UploadGuard}; a file refused or unreadable is
 * said in the page, next to the file field.
 *
 * <p>The preview waits in the importer's HTTP session (the platform's sessions are stored in the database, Spring
 * Session JDBC, so any node reads it) under a random id: the session is bound to the signed-in person (a new one at
 * sign-in, gone at sign-out or after 30 minutes), nothing the browser sends back is trusted but that id, the rows
 * never leave the server, and no table is needed for data that lives minutes. One preview a session: a new upload
 * replaces the previous one.
 */
@Controller
@RequestMapping("/directory/{territoryId}")
class DirectoryExchangeController {

    private static final Logger log = LoggerFactory.getLogger(DirectoryExchangeController.class);

    /** The session attribute holding the preview waiting for confirmation. */
    static final String PREVIEW = "directory.import.preview";

    private final DirectoryExchangeService exchange;
    private final DirectoryService directory;
    private final DirectoryCodes codes;
    private final DirectoryWorkbook workbook;
    private final DataInclusionJson json;
    private final UploadGuard guard;

    DirectoryExchangeController(
            DirectoryExchangeService exchange,
            DirectoryService directory,
            DirectoryCodes codes,
            DirectoryWorkbook workbook,
            DataInclusionJson json,
            UploadGuard guard) {
        this.exchange = exchange;
        this.directory = directory;
        this.codes = codes;
        this.workbook = workbook;
        this.json = json;
        this.guard = guard;
    }

    @GetMapping("/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me) {
        return Downloads.json(json.write(exchange.export(me.viewer(), territoryId)));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me) {
        return Downloads.xlsx(workbook.write(exchange.export(me.viewer(), territoryId)), "annuaire");
    }

    @GetMapping("/import")
    String importPage(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        directory.requireEditor(me.viewer(), territoryId);
        return page(me, territoryId, null, model);
    }

    @GetMapping("/import/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me) {
        directory.requireEditor(me.viewer(), territoryId);
        return Downloads.xlsx(workbook.template(), "modele-annuaire");
    }

    @PostMapping("/import")
    String upload(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Model model) {
        directory.requireEditor(me.viewer(), territoryId);
        GuardedUpload upload;
        List<List<RawRow>> rows;
        try {
            upload = guard.check(file, "file", Set.of(UploadType.XLSX, UploadType.JSON));
            rows = upload.type() == UploadType.XLSX ? workbook.read(upload.content()) : json.read(upload.content());
        } catch (GuardedUploadProblem p) {
            return page(me, territoryId, new FileMessage(p.messageKey(), p.arguments()), model);
        } catch (ImportFileProblem p) {
            return page(me, territoryId, new FileMessage(p.key(), p.arguments()), model);
        }
        if (rows.get(0).isEmpty() && rows.get(1).isEmpty()) {
            return page(me, territoryId, new FileMessage("directory.import.file.noRows", new Object[0]), model);
        }
        ImportRows.Checked checked = ImportRows.check(rows.get(0), rows.get(1), codes);
        ImportPreview preview = exchange.preview(
                me.viewer(), territoryId, upload.displayName(), checked.structures(), checked.orphans());
        session.setAttribute(PREVIEW, preview);
        return "redirect:" + DirectoryPages.base(territoryId) + "/import/" + preview.id();
    }

    @GetMapping("/import/{previewId}")
    String preview(
            @PathVariable long territoryId,
            @PathVariable String previewId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        directory.requireEditor(me.viewer(), territoryId);
        ImportPreview preview = waiting(session, me, territoryId, previewId);
        if (preview == null) {
            return expired(territoryId, redirect);
        }
        model.addAttribute("territory", directory.territory(me.viewer(), territoryId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("preview", preview);
        return "directory/import-preview";
    }

    @PostMapping("/import/{previewId}")
    String confirm(
            @PathVariable long territoryId,
            @PathVariable String previewId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        directory.requireEditor(me.viewer(), territoryId);
        ImportPreview preview = waiting(session, me, territoryId, previewId);
        if (preview == null) {
            return expired(territoryId, redirect);
        }
        ImportOutcome outcome;
        try {
            outcome = exchange.importPreview(me.viewer(), territoryId, preview);
        } catch (DuplicateKeyException e) {
            // confirmed twice (a double click, two tabs): the first did it, the second writes nothing
            session.removeAttribute(PREVIEW);
            redirect.addFlashAttribute("flash", "directory.import.alreadyDone");
            return "redirect:" + DirectoryPages.base(territoryId);
        } catch (DataAccessException e) {
            log.warn("a directory import failed and was rolled back: {}", e.toString());
            return page(me, territoryId, new FileMessage("directory.import.failed", new Object[0]), model);
        }
        session.removeAttribute(PREVIEW);
        redirect.addFlashAttribute("flash", "directory.import.done");
        redirect.addFlashAttribute("flashArg", outcome.structures() + outcome.services());
        return "redirect:" + DirectoryPages.base(territoryId);
    }

    /** The preview waiting in the session, if it has that id and is the viewer's for that territory. */
    private static ImportPreview waiting(HttpSession session, AccountPrincipal me, long territoryId, String id) {
        return session.getAttribute(PREVIEW) instanceof ImportPreview p
                        && p.id().equals(id)
                        && p.territoryId() == territoryId
                        && p.personId() == me.getPersonId()
                ? p
                : null;
    }

    private static String expired(long territoryId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "directory.import.expired");
        return "redirect:" + DirectoryPages.base(territoryId) + "/import";
    }

    /** A message about the whole file, shown next to the file field. */
    record FileMessage(String key, Object[] arguments) {}

    private String page(AccountPrincipal me, long territoryId, FileMessage problem, Model model) {
        model.addAttribute("territory", directory.territory(me.viewer(), territoryId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("fileProblem", problem);
        return "directory/import";
    }
}
