package coop.faireavec.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingStatement;
import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport.CommitteeDecision;
import coop.faireavec.report.PhaseReport.ContributionRow;
import coop.faireavec.report.PhaseReport.ExperimentRow;
import coop.faireavec.report.PhaseReport.Heading;
import coop.faireavec.report.PhaseReport.KeyFigures;
import coop.faireavec.report.PhaseReport.LeadRow;
import coop.faireavec.report.PhaseReport.MainText;
import coop.faireavec.report.PhaseReport.MeetingRow;
import coop.faireavec.report.PhaseReport.StepRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A kept version's assembled data ({@code report_version.report_data}): the {@link PhaseReport}s it was written from,
 * with person ids where the workbook prints names, as gzip-compressed JSON. A kept version made again (a consent to be
 * named given or withdrawn) is written from these data with today's names and pseudonyms, so that its figures, votes,
 * funding, attendance and texts stay those the committee saw. Never a name, e-mail, phone or address: the heading
 * keeps the carriers', committee members' and author's ids, each contribution its author's id. Contributions and
 * steps are written and read one row at a time (a phase may hold 100,000 contributions).
 */
final class StoredReport {

    /** Bumped when the layout changes incompatibly; data of another format are not read (the as-of path is used). */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private static final String CONTRIBUTIONS = "contributions";
    private static final String STEPS = "steps";

    /** How people are named when a version is written from its kept data (today's names and pseudonyms). */
    interface Naming {

        /** The speaker of a contribution: a name or a pseudonym; the collective label for null. */
        String speaker(Long personId);

        /** The names of these people who are still members, sorted. */
        List<String> members(List<Long> personIds);

        /** Who asked for the version; the flow's label for null. */
        String generatedBy(Long personId);
    }

    /** The heading without names. */
    record StoredHeading(
            long experimentationId,
            String experimentationTitle,
            String territory,
            String carrierOrganisation,
            List<Long> carrierIds,
            List<Long> committeeMemberIds,
            Phase phase,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            String status,
            int version,
            Instant generatedAt,
            Long generatedById,
            String pseudonymised) {

        static StoredHeading of(Heading h) {
            return new StoredHeading(
                    h.experimentationId(),
                    h.experimentationTitle(),
                    h.territory(),
                    h.carrierOrganisation(),
                    h.carrierIds(),
                    h.committeeMemberIds(),
                    h.phase(),
                    h.plannedStart(),
                    h.plannedEnd(),
                    h.actualStart(),
                    h.actualEnd(),
                    h.status(),
                    h.version(),
                    h.generatedAt(),
                    h.generatedById(),
                    h.pseudonymised());
        }

        Heading named(Naming naming) {
            return new Heading(
                    experimentationId,
                    experimentationTitle,
                    territory,
                    carrierOrganisation,
                    naming.members(carrierIds),
                    naming.members(committeeMemberIds),
                    phase,
                    plannedStart,
                    plannedEnd,
                    actualStart,
                    actualEnd,
                    status,
                    version,
                    generatedAt,
                    naming.generatedBy(generatedById),
                    pseudonymised,
                    carrierIds,
                    committeeMemberIds,
                    generatedById);
        }
    }

    /** A contribution row without its speaker's name: the author's id (null for a collective contribution). */
    record StoredContribution(
            Instant createdAt,
            String where,
            String round,
            College college,
            Long speakerId,
            String recordedBy,
            String consentKind,
            String text) {

        static StoredContribution of(ContributionRow r) {
            return new StoredContribution(
                    r.createdAt(),
                    r.where(),
                    r.round(),
                    r.college(),
                    r.speakerId(),
                    r.recordedBy(),
                    r.consentKind(),
                    r.text());
        }

        ContributionRow named(Naming naming) {
            return new ContributionRow(
                    createdAt,
                    where,
                    round,
                    college,
                    naming.speaker(speakerId),
                    recordedBy,
                    consentKind,
                    text,
                    speakerId);
        }
    }

    /** Everything of one phase but its streamed rows (small). */
    record StoredPhase(
            StoredHeading heading,
            KeyFigures figures,
            List<MainText> texts,
            String askOfCommittee,
            List<CommitteeDecision> decisions,
            List<MeetingRow> meetings,
            List<LeadRow> leads,
            List<ExperimentRow> experiments,
            FundingStatement funding) {}

    private StoredReport() {}

    /**
     * The data of these reports, compressed. Reads each report's contributions and steps once.
     *
     * @param reports what one workbook covers (one phase, or every phase for the whole experimentation)
     * @return gzip-compressed JSON, person ids and no names
     */
    static byte[] write(List<PhaseReport> reports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes);
                JsonGenerator json = JSON.createGenerator(zip)) {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeArrayFieldStart("phases");
            for (PhaseReport r : reports) {
                json.writeStartObject();
                json.writeFieldName("phase");
                JSON.writeValue(
                        json,
                        new StoredPhase(
                                StoredHeading.of(r.heading()),
                                r.figures(),
                                r.texts(),
                                r.askOfCommittee(),
                                r.decisions(),
                                r.meetings(),
                                r.leads(),
                                r.experiments(),
                                r.funding()));
                json.writeArrayFieldStart(CONTRIBUTIONS);
                r.contributions().forEach(c -> writeRow(json, StoredContribution.of(c)));
                json.writeEndArray();
                json.writeArrayFieldStart(STEPS);
                r.steps().forEach(s -> writeRow(json, s));
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeRow(JsonGenerator json, Object row) {
        try {
            JSON.writeValue(json, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether these kept data can be read (present and of the current format). */
    static boolean readable(byte[] data) {
        if (data == null) {
            return false;
        }
        try (JsonParser json = parser(data)) {
            return json.nextToken() == JsonToken.START_OBJECT
                    && "format".equals(json.nextFieldName())
                    && json.nextToken() == JsonToken.VALUE_NUMBER_INT
                    && json.getIntValue() == FORMAT;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The reports kept in {@code data}, named with {@code naming}. Their contributions and steps are read from the
     * data again on each pass, one row at a time.
     *
     * @throws UncheckedIOException when the data cannot be read
     */
    static List<PhaseReport> read(byte[] data, Naming naming) {
        List<StoredPhase> phases = new ArrayList<>();
        try (JsonParser json = toPhases(data)) {
            while (json.nextToken() == JsonToken.START_OBJECT) {
                StoredPhase phase = null;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    json.nextToken();
                    if ("phase".equals(field)) {
                        phase = JSON.readValue(json, StoredPhase.class);
                    } else {
                        json.skipChildren();
                    }
                }
                phases.add(phase);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PhaseReport> reports = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            StoredPhase p = phases.get(i);
            int index = i;
            reports.add(new PhaseReport(
                    p.heading().named(naming),
                    p.figures(),
                    p.texts(),
                    p.askOfCommittee(),
                    p.decisions(),
                    p.meetings(),
                    row -> rows(data, index, CONTRIBUTIONS, StoredContribution.class, c -> row.accept(c.named(naming))),
                    p.leads(),
                    p.experiments(),
                    row -> rows(data, index, STEPS, StepRow.class, row),
                    p.funding()));
        }
        return reports;
    }

    /** Hands every row of that array of the {@code index}th phase to {@code each}, read one at a time. */
    private static <T> void rows(byte[] data, int index, String array, Class<T> type, Consumer<? super T> each) {
        try (JsonParser json = toPhases(data)) {
            for (int i = 0; i < index; i++) {
                json.nextToken();
                json.skipChildren();
            }
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("no phase " + index + " in the kept data");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (array.equals(field)) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        each.accept(JSON.readValue(json, type));
                    }
                    return;
                }
                json.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parser positioned on the start of the "phases" array's content (after its START_ARRAY). */
    private static JsonParser toPhases(byte[] data) throws IOException {
        JsonParser json = parser(data);
        if (json.nextToken() != JsonToken.START_OBJECT) {
            json.close();
            throw new IOException("kept report data are not an object");
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if ("phases".equals(field)) {
                return json;
            }
            json.skipChildren();
        }
        json.close();
        throw new IOException("kept report data have no phases");
    }

    /** The fields of the kept data that hold person ids (the heading's lists and asker, a contribution's speaker). */
    private static final Set<String> PERSON_FIELDS =
            Set.of("carrierIds", "committeeMemberIds", "generatedById", "speakerId");

    /**
     * The same data with other person ids: each id that is a key of {@code replaced} becomes its value, every other
     * value is copied unchanged (an anonymisation replaced the people by pseudonymous records). Streamed, one token at
     * a time.
     *
     * @param data readable kept data ({@link #readable})
     * @param replaced old person id → new person id
     * @return gzip-compressed JSON of the same layout
     * @throws UncheckedIOException when the data cannot be read
     */
    static byte[] repoint(byte[] data, Map<Long, Long> replaced) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonParser in = parser(data);
                GZIPOutputStream zip = new GZIPOutputStream(bytes);
                JsonGenerator out = JSON.createGenerator(zip)) {
            for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT && PERSON_FIELDS.contains(fieldOf(in))) {
                    long id = in.getLongValue();
                    out.writeNumber(replaced.getOrDefault(id, id));
                } else {
                    out.copyCurrentEvent(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The name of the field the current value belongs to (for an array's element, the array's field). */
    private static String fieldOf(JsonParser in) {
        JsonStreamContext context = in.getParsingContext();
        if (context.inArray()) {
            context = context.getParent();
        }
        return context == null ? null : context.getCurrentName();
    }

    private static JsonParser parser(byte[] data) throws IOException {
        InputStream in = new GZIPInputStream(new ByteArrayInputStream(data));
        return JSON.createParser(in);
    }
}
