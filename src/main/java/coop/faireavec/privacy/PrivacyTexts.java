package coop.faireavec.privacy;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.Viewer;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's facts and the public pages' texts. A fact is what the administrator saved on {@code /admin/platform}
 * (table {@code operator_setting}), else the property {@code faireavec.operator.<name>} ({@code organisation},
 * {@code address}, {@code contact-email}, {@code dpo-contact}, {@code host}, {@code director}), else empty. A page's
 * body is the administrator's replacement text when one is saved, else the messages files' text (filled with the
 * facts). Replacement texts are plain text: they are always shown escaped, paragraph by paragraph.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyTexts {

    /** The longest replacement body text accepted, in characters (the column holds 20,000). */
    public static final int MAX_BODY = 20_000;

    private final OperatorSettingRepository settings;
    private final Environment environment;
    private final AuditLog audit;
    private final Clock clock;

    PrivacyTexts(OperatorSettingRepository settings, Environment environment, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.environment = environment;
        this.audit = audit;
        this.clock = clock;
    }

    /** The operator's facts in force (saved, else properties, else empty); never null. Public: the pages show them. */
    public OperatorFacts facts() {
        return new OperatorFacts(
                fact("organisation"),
                fact("address"),
                fact("contact-email"),
                fact("dpo-contact"),
                fact("host"),
                fact("director"));
    }

    /**
     * The administrator's replacement body of this page, split into paragraphs at blank lines (each paragraph keeps
     * its single line breaks); empty when the page shows its standard text.
     */
    public List<String> replacementParagraphs(PrivacyPage page) {
        return replacement(page)
                .map(text -> Arrays.stream(text.split("\\R\\s*\\R"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** The replacement body of each page as saved ("" when none), for the administrator's form. */
    public Map<PrivacyPage, String> replacementTexts(Viewer viewer) {
        requireAdmin(viewer);
        Map<PrivacyPage, String> texts = new EnumMap<>(PrivacyPage.class);
        for (PrivacyPage page : PrivacyPage.values()) {
            texts.put(page, replacement(page).orElse(""));
        }
        return texts;
    }

    /**
     * Saves the operator's facts and the pages' replacement texts (a blank fact falls back to its property, a blank
     * text to the standard one); audited ({@link AuditKind#OPERATOR_TEXTS_CHANGED}). Values are stored as given
     * (stripped); the caller has checked their lengths ({@link #MAX_BODY}, 2,000 for a fact).
     *
     * @throws AccessDeniedException unless the viewer is a platform administrator
     */
    @Transactional
    public void save(Viewer viewer, AuditLog.Actor actor, OperatorFacts facts, Map<PrivacyPage, String> bodies) {
        requireAdmin(viewer);
        put("fact.organisation", facts.organisation(), viewer);
        put("fact.address", facts.address(), viewer);
        put("fact.contact-email", facts.contactEmail(), viewer);
        put("fact.dpo-contact", facts.dpoContact(), viewer);
        put("fact.host", facts.host(), viewer);
        put("fact.director", facts.director(), viewer);
        for (PrivacyPage page : PrivacyPage.values()) {
            String body = bodies.get(page);
            put(page.settingName(), body == null ? "" : body.strip(), viewer);
        }
        audit.record(actor, AuditKind.OPERATOR_TEXTS_CHANGED, "platform", null, null);
    }

    private void put(String name, String value, Viewer viewer) {
        if (value == null || value.isBlank()) {
            settings.findById(name).ifPresent(settings::delete);
            return;
        }
        OperatorSetting setting = settings.findById(name).orElseGet(() -> new OperatorSetting(name));
        setting.set(value.strip(), clock.instant(), viewer.personId());
        settings.save(setting);
    }

    private Optional<String> replacement(PrivacyPage page) {
        return settings.findById(page.settingName()).map(OperatorSetting::getValue);
    }

    private String fact(String name) {
        return settings.findById("fact." + name)
                .map(OperatorSetting::getValue)
                .orElseGet(() -> environment.getProperty("faireavec.operator." + name, ""));
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }
}
