package coop.faireavec.directory.web;

import static coop.faireavec.directory.web.ExchangeColumns.ACCESSIBILITE;
import static coop.faireavec.directory.web.ExchangeColumns.ADRESSE;
import static coop.faireavec.directory.web.ExchangeColumns.ADRESSE_PUBLIQUE;
import static coop.faireavec.directory.web.ExchangeColumns.CODE_INSEE;
import static coop.faireavec.directory.web.ExchangeColumns.CODE_POSTAL;
import static coop.faireavec.directory.web.ExchangeColumns.COMMUNE;
import static coop.faireavec.directory.web.ExchangeColumns.COMPLEMENT;
import static coop.faireavec.directory.web.ExchangeColumns.CONDITIONS;
import static coop.faireavec.directory.web.ExchangeColumns.CONTACT_NOM;
import static coop.faireavec.directory.web.ExchangeColumns.CONTACT_PUBLIC;
import static coop.faireavec.directory.web.ExchangeColumns.COURRIEL;
import static coop.faireavec.directory.web.ExchangeColumns.DESCRIPTION;
import static coop.faireavec.directory.web.ExchangeColumns.FRAIS;
import static coop.faireavec.directory.web.ExchangeColumns.FRAIS_PRECISIONS;
import static coop.faireavec.directory.web.ExchangeColumns.HORAIRES;
import static coop.faireavec.directory.web.ExchangeColumns.ID;
import static coop.faireavec.directory.web.ExchangeColumns.LATITUDE;
import static coop.faireavec.directory.web.ExchangeColumns.LONGITUDE;
import static coop.faireavec.directory.web.ExchangeColumns.MODES_ACCUEIL;
import static coop.faireavec.directory.web.ExchangeColumns.NOM;
import static coop.faireavec.directory.web.ExchangeColumns.PUBLICS;
import static coop.faireavec.directory.web.ExchangeColumns.PUBLICS_PRECISIONS;
import static coop.faireavec.directory.web.ExchangeColumns.RESEAUX;
import static coop.faireavec.directory.web.ExchangeColumns.SIRET;
import static coop.faireavec.directory.web.ExchangeColumns.SITE_WEB;
import static coop.faireavec.directory.web.ExchangeColumns.STRUCTURE_ID;
import static coop.faireavec.directory.web.ExchangeColumns.TELEPHONE;
import static coop.faireavec.directory.web.ExchangeColumns.THEMATIQUES;
import static coop.faireavec.directory.web.ExchangeColumns.TYPE;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.directory.ImportProblem;
import coop.faireavec.directory.ImportedService;
import coop.faireavec.directory.ImportedStructure;
import coop.faireavec.directory.ServiceDetails;
import coop.faireavec.directory.StructureDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Checks the rows read from a file field by field with the forms' own checks ({@link StructureForm},
 * {@link ServiceForm}: required name, SIRET key, lengths, formats, codes), each unknown code named, and attaches each
 * service row to the organisation row it names. What needs the directory (duplicates, places outside France) is
 * checked next by {@code DirectoryExchangeService.preview}.
 */
final class ImportRows {

    /** The organisation rows with their services, and the service rows whose organisation the file does not have. */
    record Checked(List<ImportedStructure> structures, List<ImportedService> orphans) {}

    private ImportRows() {}

    static Checked check(List<RawRow> structureRows, List<RawRow> serviceRows, DirectoryCodes codes) {
        Map<String, List<ImportedService>> byRef = new LinkedHashMap<>();
        List<String> refs = new ArrayList<>();
        for (RawRow row : structureRows) {
            String ref = ref(row.get(ID));
            if (ref != null && !byRef.containsKey(ref)) {
                byRef.put(ref, new ArrayList<>());
                refs.add(ref);
            }
        }
        List<ImportedService> orphans = new ArrayList<>();
        for (RawRow row : serviceRows) {
            ImportedService service = service(row, codes);
            String ref = ref(row.get(STRUCTURE_ID));
            List<ImportedService> siblings = ref == null ? null : byRef.get(ref);
            if (siblings == null) {
                orphans.add(new ImportedService(
                        service.line(),
                        service.nom(),
                        null,
                        concat(
                                service.problems(),
                                ImportProblem.of("directory.import.problem.noStructure", ref == null ? "" : ref))));
            } else {
                siblings.add(service);
            }
        }
        List<ImportedStructure> structures = new ArrayList<>();
        Map<String, Boolean> taken = new HashMap<>();
        for (RawRow row : structureRows) {
            String ref = ref(row.get(ID));
            // a second row with the same identifier gets no services (they went to the first)
            boolean first = ref != null && taken.putIfAbsent(ref, true) == null;
            structures.add(structure(row, ref, first ? byRef.get(ref) : List.of(), codes));
        }
        return new Checked(structures, orphans);
    }

    private static ImportedStructure structure(
            RawRow row, String ref, List<ImportedService> services, DirectoryCodes codes) {
        List<ImportProblem> problems = new ArrayList<>(row.problems);
        List<String> networks = known(row.list(RESEAUX), Kind.RESEAUX_PORTEURS, RESEAUX, codes, problems);
        StructureForm form = new StructureForm(
                row.get(NOM),
                row.get(SIRET),
                row.get(DESCRIPTION),
                row.get(ADRESSE),
                row.get(COMPLEMENT),
                row.get(CODE_POSTAL),
                row.get(COMMUNE),
                row.get(CODE_INSEE),
                row.get(LATITUDE),
                row.get(LONGITUDE),
                row.get(TELEPHONE),
                row.get(COURRIEL),
                row.get(SITE_WEB),
                row.get(HORAIRES),
                row.get(ACCESSIBILITE),
                networks,
                RawRow.yesNo(row.get(ADRESSE_PUBLIQUE), true),
                RawRow.yesNo(row.get(CONTACT_PUBLIC), false),
                0L);
        Errors errors = new MapBindingResult(new HashMap<>(), "row");
        StructureDetails details = form.validate(errors, codes);
        problems.addAll(problems(errors));
        return new ImportedStructure(
                row.line, ref, row.get(NOM), row.get(COMMUNE), problems.isEmpty() ? details : null, problems, services);
    }

    private static ImportedService service(RawRow row, DirectoryCodes codes) {
        List<ImportProblem> problems = new ArrayList<>(row.problems);
        String type = code(row.get(TYPE), Kind.TYPES_DE_SERVICES, TYPE, codes, problems);
        String frais = code(row.get(FRAIS), Kind.FRAIS, FRAIS, codes, problems);
        ServiceForm form = new ServiceForm(
                row.get(NOM),
                row.get(DESCRIPTION),
                type,
                known(row.list(THEMATIQUES), Kind.THEMATIQUES, THEMATIQUES, codes, problems),
                known(row.list(PUBLICS), Kind.PUBLICS, PUBLICS, codes, problems),
                row.get(PUBLICS_PRECISIONS),
                frais,
                row.get(FRAIS_PRECISIONS),
                known(row.list(MODES_ACCUEIL), Kind.MODES_ACCUEIL, MODES_ACCUEIL, codes, problems),
                row.get(CONDITIONS),
                row.get(CONTACT_NOM),
                row.get(TELEPHONE),
                row.get(COURRIEL),
                RawRow.yesNo(row.get(CONTACT_PUBLIC), false),
                0L);
        Errors errors = new MapBindingResult(new HashMap<>(), "row");
        ServiceDetails details = form.validate(errors, codes);
        problems.addAll(problems(errors));
        return new ImportedService(row.line, row.get(NOM), problems.isEmpty() ? details : null, problems);
    }

    /** The known codes; each unknown one is a problem naming it and its column. */
    private static List<String> known(
            List<String> values, Kind kind, String column, DirectoryCodes codes, List<ImportProblem> problems) {
        List<String> known = new ArrayList<>();
        for (String v : values) {
            if (codes.known(kind, v)) {
                known.add(v);
            } else {
                problems.add(ImportProblem.of("directory.import.problem.unknownCode", column, v));
            }
        }
        return known;
    }

    private static String code(
            String value, Kind kind, String column, DirectoryCodes codes, List<ImportProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> known = known(List.of(value.strip()), kind, column, codes, problems);
        return known.isEmpty() ? null : known.get(0);
    }

    private static List<ImportProblem> problems(Errors errors) {
        return errors.getFieldErrors().stream()
                .map(FieldError::getCode)
                .map(ImportProblem::of)
                .toList();
    }

    private static String ref(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<ImportProblem> concat(List<ImportProblem> a, ImportProblem b) {
        List<ImportProblem> all = new ArrayList<>(a);
        all.add(b);
        return all;
    }
}
