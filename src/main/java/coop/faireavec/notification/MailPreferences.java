package coop.faireavec.notification;

import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's consents to mails (issue #16, point 9): to be contacted by e-mail at all ({@link #EMAIL}) and, per
 * {@link NotificationKind}, whether that kind comes by mail. Until a person withdraws it, contact by e-mail is
 * accepted (the address was given for it, see {@code docs/privacy.md}); every change is kept with its date, who made
 * it and how ({@link MailConsentChange}), and can be undone at any time. A notification mail goes only to people who
 * accept both e-mail and its kind; personal mails (an invitation's code, a password reset, security mails) always go.
 * Every mail carries a one-click unsubscribe link whose signed token ({@link UnsubscribeTokens}) withdraws
 * {@link #EMAIL}.
 */
@Service
@Transactional(readOnly = true)
public class MailPreferences {

    /** The topic "to be contacted by e-mail at all". */
    public static final String EMAIL = "EMAIL";

    /**
     * A person's current choice.
     *
     * @param email whether they accept to be contacted by e-mail
     * @param kinds the notification kinds they want by mail (meaningful only when {@code email})
     */
    public record Choice(boolean email, Set<NotificationKind> kinds) {}

    /** What a one-click unsubscribe did. */
    public enum Unsubscribed {
        /** Contact by e-mail was withdrawn now. */
        WITHDRAWN,
        /** It was withdrawn already: nothing changed. */
        ALREADY
    }

    private final MailConsentRepository consents;
    private final MailConsentChangeRepository changes;
    private final UnsubscribeTokens tokens;
    private final AccessGuard guard;
    private final MembershipService memberships;
    private final Clock clock;

    MailPreferences(
            MailConsentRepository consents,
            MailConsentChangeRepository changes,
            UnsubscribeTokens tokens,
            AccessGuard guard,
            MembershipService memberships,
            Clock clock) {
        this.consents = consents;
        this.changes = changes;
        this.tokens = tokens;
        this.guard = guard;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** The viewer's own current choice. */
    public Choice choiceOf(Viewer viewer) {
        return choiceOf(viewer.personId());
    }

    /** The viewer's own consent history, newest first. */
    public List<MailConsentChange> historyOf(Viewer viewer) {
        return changes.findByPersonIdOrderByChangedAtDescIdDesc(viewer.personId());
    }

    /**
     * The viewer's own new choice, from their preferences page: each topic that changes gets a history row (made by
     * them, {@link MailConsentChange.Channel#PREFERENCES_PAGE}); unchanged topics get none. Returns how many changed.
     */
    @Transactional
    public int change(Viewer viewer, boolean email, Set<NotificationKind> wanted) {
        return setAll(viewer.personId(), email, wanted, viewer.personId(), MailConsentChange.Channel.PREFERENCES_PAGE);
    }

    private int setAll(
            long personId, boolean email, Set<NotificationKind> wanted, long by, MailConsentChange.Channel channel) {
        Map<String, Boolean> now = current(personId);
        Instant at = clock.instant();
        int changed = set(personId, EMAIL, email, now, at, by, channel);
        for (NotificationKind kind : NotificationKind.values()) {
            changed += set(personId, kind.name(), wanted.contains(kind), now, at, by, channel);
        }
        return changed;
    }

    /**
     * A member's current choice, for a carrier of that experimentation who changes it for them.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer carries the experimentation
     * @throws NotFoundException when the person is not a member of it
     */
    public Choice choiceFor(Viewer carrier, long experimentationId, long personId) {
        requireCarrierOfMember(carrier, experimentationId, personId);
        return choiceOf(personId);
    }

    /** A member's consent history, newest first, for a carrier of that experimentation (same checks). */
    public List<MailConsentChange> historyFor(Viewer carrier, long experimentationId, long personId) {
        requireCarrierOfMember(carrier, experimentationId, personId);
        return changes.findByPersonIdOrderByChangedAtDescIdDesc(personId);
    }

    /**
     * A carrier records a member's new choice at their request: like {@link #change}, each changed topic gets a history
     * row, made by the carrier ({@link MailConsentChange.Channel#CARRIER}). Returns how many changed.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer carries the experimentation
     * @throws NotFoundException when the person is not a member of it
     */
    @Transactional
    public int changeFor(
            Viewer carrier, long experimentationId, long personId, boolean email, Set<NotificationKind> wanted) {
        requireCarrierOfMember(carrier, experimentationId, personId);
        return setAll(personId, email, wanted, carrier.personId(), MailConsentChange.Channel.CARRIER);
    }

    private void requireCarrierOfMember(Viewer carrier, long experimentationId, long personId) {
        guard.requireRole(carrier, experimentationId, ExperimentationRole.CARRIER);
        if (memberships.membership(personId, experimentationId).isEmpty()) {
            throw new NotFoundException("member", personId);
        }
    }

    /** Whether this token of an unsubscribe link is genuine (its page is shown only then). */
    public boolean validToken(String token) {
        return tokens.personOf(token).isPresent();
    }

    /**
     * The one-click unsubscribe (RFC 8058): withdraws contact by e-mail for the person the token was made for, with a
     * history row ({@link MailConsentChange.Channel#ONE_CLICK}, made by nobody signed in); a second time changes
     * nothing.
     *
     * @throws NotFoundException when the token is malformed or not signed by the platform
     */
    @Transactional
    public Unsubscribed unsubscribe(String token) {
        long personId = tokens.personOf(token).orElseThrow(() -> new NotFoundException("unsubscribe token", "?"));
        int changed = set(
                personId, EMAIL, false, current(personId), clock.instant(), null, MailConsentChange.Channel.ONE_CLICK);
        return changed == 0 ? Unsubscribed.ALREADY : Unsubscribed.WITHDRAWN;
    }

    /** Of these people, those who accept mails of this kind (and e-mail at all). */
    Set<Long> accepting(Collection<Long> personIds, NotificationKind kind) {
        Set<Long> refusing = new HashSet<>();
        for (MailConsent c : consents.findByPersonIdIn(personIds)) {
            if (!c.isGranted() && (c.getTopic().equals(EMAIL) || c.getTopic().equals(kind.name()))) {
                refusing.add(c.getPersonId());
            }
        }
        Set<Long> accepting = new HashSet<>(personIds);
        accepting.removeAll(refusing);
        return accepting;
    }

    /** The token of this person's one-click unsubscribe link. */
    String tokenFor(long personId) {
        return tokens.tokenFor(personId);
    }

    private Choice choiceOf(long personId) {
        Map<String, Boolean> now = current(personId);
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (now.getOrDefault(kind.name(), true)) {
                kinds.add(kind);
            }
        }
        return new Choice(now.getOrDefault(EMAIL, true), kinds);
    }

    private Map<String, Boolean> current(long personId) {
        Map<String, Boolean> now = new HashMap<>();
        consents.findByPersonId(personId).forEach(c -> now.put(c.getTopic(), c.isGranted()));
        return now;
    }

    private int set(
            long personId,
            String topic,
            boolean granted,
            Map<String, Boolean> now,
            Instant at,
            Long by,
            MailConsentChange.Channel channel) {
        if (now.getOrDefault(topic, true) == granted) {
            return 0;
        }
        MailConsent row = consents.findById(new MailConsent.Key(personId, topic))
                .orElseGet(() -> new MailConsent(personId, topic, granted, at));
        row.set(granted, at);
        consents.save(row);
        changes.save(new MailConsentChange(personId, topic, granted, at, by, channel));
        now.put(topic, granted);
        return 1;
    }
}
