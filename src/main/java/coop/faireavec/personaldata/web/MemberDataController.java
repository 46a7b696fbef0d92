package coop.faireavec.personaldata.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.personaldata.PersonalDataFiles;
import coop.faireavec.personaldata.PersonalDataService;
import coop.faireavec.personaldata.PersonalDataSet;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A carrier downloads, for one of the members of their experimentation, what it holds about them (their request
 * made on paper or aloud): recorded in the audit, never their ballots.
 */
@Controller
@RequestMapping("/experimentations/{id}/members/{personId}")
class MemberDataController {

    private final PersonalDataService data;
    private final PersonalDataFiles files;

    MemberDataController(PersonalDataService data, PersonalDataFiles files) {
        this.data = data;
        this.files = files;
    }

    @GetMapping("/data.json")
    ResponseEntity<byte[]> json(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request,
            Locale locale) {
        PersonalDataSet set = data.memberData(me.viewer(), actor(me, request), id, personId);
        return Downloads.attachment(files.json(set, locale), MediaType.APPLICATION_JSON, fileName(personId, "json"));
    }

    @GetMapping("/data.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request,
            Locale locale) {
        PersonalDataSet set = data.memberData(me.viewer(), actor(me, request), id, personId);
        return Downloads.attachment(files.xlsx(set, locale), Downloads.XLSX, fileName(personId, "xlsx"));
    }

    private static AuditLog.Actor actor(AccountPrincipal me, HttpServletRequest request) {
        return new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr());
    }

    private static String fileName(long personId, String extension) {
        return "donnees-personne-" + personId + "." + extension;
    }
}
