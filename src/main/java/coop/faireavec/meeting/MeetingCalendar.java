package coop.faireavec.meeting;

import coop.faireavec.config.FaireAvecProperties;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the iCalendar file (.ics, RFC 5545 / iTIP RFC 5546) of a meeting, so that people can put it in their own
 * agenda. Two kinds of file:
 * <ul>
 * <li>{@link #mailed}: the file mailed to one invitee, a REQUEST for a new or changed meeting (same UID, higher
 * SEQUENCE) or a CANCEL when it is called off, naming that invitee alone as ATTENDEE (RFC 5546 requires one; addresses
 * stay private because each invitee gets their own file) with {@code RSVP=FALSE}: answers are given on the meeting
 * page, the platform does not read the organiser's mailbox;</li>
 * <li>{@link #published}: the file a member downloads, a PUBLISH with no ATTENDEE.</li>
 * </ul>
 * Times are wall-clock times in the platform's zone ({@code faireavec.time-zone}), written as DTSTART with TZID and the
 * matching VTIMEZONE, and DURATION (exact minutes, RFC 5545 §3.8.2.5) rather than DTEND: an end in the hour repeated
 * when clocks go back would be ambiguous, a duration is not. A start in that repeated hour is its first occurrence
 * (summer time), as RFC 5545 §3.3.5 reads it; a start that does not exist (the hour skipped in spring) is refused by
 * the meeting form ({@link MeetingDetails#clockChangeAt}). All user text goes through ical4j, which escapes it;
 * control characters that ical4j would let through are replaced first, so no text can break the file. Lines are
 * folded at 75 octets of UTF-8 (RFC 5545 §3.1) between characters, never inside one: ical4j's FoldingWriter counts
 * characters, so the file is folded here.
 */
@Component
public class MeetingCalendar {

    public static final String PRODUCT_ID = "-//Faire-Avec//Meetings//FR";

    /** The one invitee a mailed file is for: their display name (CN) and e-mail address (required). */
    public record Attendee(String name, String email) {

        public Attendee {
            if (email == null || email.isBlank()) {
                throw new IllegalArgumentException("a mailed invitation goes to an address");
            }
        }
    }

    /**
     * What the file says. {@code uid} stays the same for the life of the meeting and {@code sequence} grows at each
     * change, so agendas update the event instead of adding a second one. {@code start} is the wall-clock time in the
     * platform's zone. {@code description} (the agenda) and {@code url} (the meeting page) go in DESCRIPTION, the url
     * also in URL; both, and {@code location}, may be null. {@code organizerEmail} may be null: the platform's sender
     * address is then used, as iTIP needs an organizer. {@code durationMinutes} is elapsed time, written as DURATION.
     */
    public record CalendarInvite(
            String uid,
            int sequence,
            boolean cancelled,
            String title,
            String description,
            String location,
            String url,
            LocalDateTime start,
            int durationMinutes,
            String organizerName,
            String organizerEmail) {

        public CalendarInvite {
            if (uid == null || uid.isBlank()) {
                throw new IllegalArgumentException("an invite needs a uid");
            }
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence must not be negative");
            }
            Objects.requireNonNull(start, "start");
            if (durationMinutes <= 0) {
                throw new IllegalArgumentException("duration must be positive");
            }
        }
    }

    private final Clock clock;
    private final ZoneId zone;
    private final VTimeZone fullTimeZone;
    private final String fallbackOrganizer;

    /**
     * The calendar in the platform's zone ({@code faireavec.time-zone}) with its sender ({@code faireavec.mail.from}).
     *
     * @throws IllegalStateException if the zone is unknown or has no iCalendar definition
     */
    @Autowired
    public MeetingCalendar(Clock clock, FaireAvecProperties settings) {
        this(clock, settings.timeZone(), settings.mail().from());
    }

    /**
     * @param zoneId            the platform's zone, e.g. {@code Europe/Paris}; unknown zones fail at start-up
     * @param senderAddress     the platform's sender ({@code faireavec.mail.from}, may be "Name &lt;address&gt;"),
     *                          the organizer when the invite has no organizer address
     * @throws IllegalStateException if the zone is unknown or has no iCalendar definition
     */
    public MeetingCalendar(Clock clock, String zoneId, String senderAddress) {
        this.clock = clock;
        try {
            this.zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new IllegalStateException("faireavec.time-zone is not a known time zone: " + zoneId, e);
        }
        TimeZone tz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        if (tz == null) {
            throw new IllegalStateException("no iCalendar definition for the time zone " + zoneId);
        }
        this.fullTimeZone = tz.getVTimeZone();
        this.fallbackOrganizer = addressOf(senderAddress);
    }

    /** The zone meeting times are in. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The file mailed to one invitee: METHOD:REQUEST, or CANCEL when the invite is cancelled, with that invitee as the
     * only ATTENDEE ({@code CN} = their name, {@code RSVP=FALSE}, {@code PARTSTAT=NEEDS-ACTION}). DESCRIPTION is the
     * agenda then {@code answerNote} (words in the invitee's language saying to answer on the meeting page, with its
     * link); without a note, the link alone. Returns the whole file: CRLF lines folded at 75 octets, UTF-8 text.
     */
    public String mailed(CalendarInvite invite, Attendee invitee, String answerNote) {
        Objects.requireNonNull(invitee, "invitee");
        VEvent event = event(invite, present(answerNote) ? text(answerNote) : urlText(invite));
        List<Parameter> p = new ArrayList<>(cn(invitee.name()));
        p.add(PartStat.NEEDS_ACTION);
        p.add(Rsvp.FALSE);
        event.add(new net.fortuna.ical4j.model.property.Attendee(
                params(p), mailto(invitee.email().strip())));
        return write(invite, event, invite.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    }

    /**
     * The file a member downloads to add the meeting to their agenda: METHOD:PUBLISH, no ATTENDEE, DESCRIPTION the
     * agenda then the link to the meeting page. A cancelled meeting keeps STATUS:CANCELLED. Returns the whole file.
     */
    public String published(CalendarInvite invite) {
        return write(invite, event(invite, urlText(invite)), ImmutableMethod.PUBLISH);
    }

    private VEvent event(CalendarInvite invite, String note) {
        ZonedDateTime start = invite.start().atZone(zone); // in the repeated autumn hour: the first occurrence

        VEvent event = new VEvent(false); // false: no automatic DTSTAMP, ours comes from the clock
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(invite.sequence()));
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(start));
        event.add(new Duration(java.time.Duration.ofMinutes(invite.durationMinutes())));
        event.add(new Summary(text(invite.title() == null || invite.title().isBlank() ? "?" : invite.title())));
        String agenda = present(invite.description()) ? text(invite.description()) : null;
        String description = agenda == null ? note : note == null ? agenda : agenda + "\n\n" + note;
        if (description != null) {
            event.add(new Description(description));
        }
        if (present(invite.location())) {
            event.add(new Location(text(invite.location())));
        }
        URI url = url(invite.url());
        if (url != null) {
            event.add(new Url(url));
        }
        String organizerEmail =
                present(invite.organizerEmail()) ? invite.organizerEmail().strip() : fallbackOrganizer;
        event.add(new Organizer(params(cn(invite.organizerName())), mailto(organizerEmail)));
        event.add(new Status(invite.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }

    private String write(CalendarInvite invite, VEvent event, Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(timeZoneFor(invite.start().atZone(zone)));
        calendar.add(event);
        // not CalendarOutputter: its FoldingWriter counts characters, so "é" lines run past 75 octets
        return fold(calendar.toString()); // validated by the tests, not on every mail
    }

    /**
     * Folds each CRLF line of unfolded iCalendar text so that no line is longer than 75 octets of UTF-8, CRLF
     * excluded (RFC 5545 §3.1): a continuation starts with one space, which counts. Cuts fall between code points,
     * never inside a multi-octet character or a surrogate pair. Unfolding (removing each CRLF + space) gives back the
     * input exactly.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        int octets = 0;
        for (int i = 0; i < unfolded.length(); ) {
            if (unfolded.startsWith("\r\n", i)) {
                out.append("\r\n");
                octets = 0;
                i += 2;
                continue;
            }
            int cp = unfolded.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > FoldingWriter.MAX_FOLD_LENGTH) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * The zone's definition cut down to the observances in force at the meeting (the current summer and winter
     * rules): the full history since 1891 is ~3 kB of RDATEs that some agendas read badly, and is useless here.
     */
    private VTimeZone timeZoneFor(ZonedDateTime start) {
        Map<String, Observance> latest = new HashMap<>();
        Map<String, OffsetDateTime> onsets = new HashMap<>();
        for (Observance o : fullTimeZone.getObservances()) {
            OffsetDateTime onset = o.getLatestOnset(start);
            if (onset != null && (onsets.get(o.getName()) == null || onset.isAfter(onsets.get(o.getName())))) {
                onsets.put(o.getName(), onset);
                latest.put(o.getName(), o);
            }
        }
        List<Observance> kept = new ArrayList<>();
        for (Observance o : fullTimeZone.getObservances()) {
            if (latest.values().stream().anyMatch(l -> l == o)) {
                kept.add((Observance) o.copy());
            }
        }
        if (kept.isEmpty()) { // a meeting before the zone's first rule: keep everything
            return fullTimeZone.copy();
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(kept));
    }

    private static String urlText(CalendarInvite invite) {
        return present(invite.url()) ? invite.url().strip() : null;
    }

    private static List<Parameter> cn(String name) {
        List<Parameter> p = new ArrayList<>();
        if (present(name)) {
            // parameter values cannot hold line breaks or double quotes everywhere: keep a plain one-line name
            p.add(new Cn(
                    name.replaceAll("[\\p{Cntrl}\\s]+", " ").replace('"', '\'').strip()));
        }
        return p;
    }

    private static ParameterList params(List<Parameter> p) {
        return new ParameterList(p);
    }

    /** ical4j escapes \, ; , and \n but lets other control characters (a lone CR, BEL, ...) through: drop them. */
    private static String text(String s) {
        return s.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", " ")
                .strip();
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null); // quotes anything that is not allowed in a URI
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + email, e);
        }
    }

    private static URI url(String url) {
        if (!present(url)) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.isAbsolute() ? uri : null;
        } catch (URISyntaxException e) {
            return null; // still readable in DESCRIPTION
        }
    }

    private static String addressOf(String sender) {
        if (present(sender)) {
            try {
                return new InternetAddress(sender.strip()).getAddress();
            } catch (AddressException e) {
                // fall through
            }
        }
        return "ne-pas-repondre@localhost";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
