package coop.faireavec.directory.web;

import coop.faireavec.directory.Monograph;
import coop.faireavec.directory.MonographDetails;
import coop.faireavec.directory.MonographService.StructureOption;
import coop.faireavec.directory.MonographView.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * A monograph as typed in its form (issue #17, point 3); every field stays text so that whatever was typed comes
 * back on the page. {@code version} is the one the form was drawn from (0 for a new one).
 */
record MonographForm(
        String title,
        String structureId,
        List<String> serviceIds,
        String whatItDoes,
        String forWhom,
        String howItStarted,
        String howItWorks,
        String itsValues,
        String transferable,
        String contactName,
        String contactPhone,
        String contactEmail,
        Boolean contactPersonAgreed,
        Long version) {

    private static final int LONG_TEXT = 10000;

    static MonographForm empty(Long structureId) {
        return new MonographForm(
                "",
                structureId == null ? "" : String.valueOf(structureId),
                List.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                false,
                0L);
    }

    static MonographForm of(Monograph m) {
        MonographDetails d = m.details();
        return new MonographForm(
                d.title(),
                String.valueOf(d.structureId()),
                d.serviceIds().stream().map(String::valueOf).toList(),
                d.whatItDoes(),
                d.forWhom(),
                d.howItStarted(),
                d.howItWorks(),
                d.itsValues(),
                d.transferable(),
                d.contactName(),
                d.contactPhone(),
                d.contactEmail(),
                d.contactPersonAgreed(),
                m.getVersion());
    }

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /**
     * The details, or null with the errors recorded next to their fields.
     *
     * @param options the organisations of the territory with their services: the only ones a monograph may name
     */
    MonographDetails validate(Errors errors, List<StructureOption> options) {
        String t = Fields.text(errors, "title", title, true, 200);
        Optional<StructureOption> structure = options.stream()
                .filter(o -> String.valueOf(o.id()).equals(structureId == null ? "" : structureId.strip()))
                .findFirst();
        if (structure.isEmpty()) {
            Fields.reject(errors, "structureId", Fields.blank(structureId) ? "required" : "unknown");
        }
        List<Long> services = new ArrayList<>();
        for (String id : serviceIds == null ? List.<String>of() : serviceIds) {
            Optional<Named> service = structure.flatMap(s -> s.services().stream()
                    .filter(v -> String.valueOf(v.id()).equals(id))
                    .findFirst());
            if (service.isPresent()) {
                if (!services.contains(service.get().id())) {
                    services.add(service.get().id());
                }
            } else if (structure.isPresent()) {
                Fields.reject(errors, "serviceIds", "notOfStructure");
            }
        }
        String what = Fields.text(errors, "whatItDoes", whatItDoes, true, LONG_TEXT);
        String who = Fields.text(errors, "forWhom", forWhom, false, LONG_TEXT);
        String started = Fields.text(errors, "howItStarted", howItStarted, false, LONG_TEXT);
        String works = Fields.text(errors, "howItWorks", howItWorks, false, LONG_TEXT);
        String values = Fields.text(errors, "itsValues", itsValues, false, LONG_TEXT);
        String take = Fields.text(errors, "transferable", transferable, false, LONG_TEXT);
        String name = Fields.text(errors, "contactName", contactName, false, 200);
        boolean agreed = Boolean.TRUE.equals(contactPersonAgreed);
        if (name != null && !agreed) {
            Fields.reject(errors, "contactName", "agreement");
        }
        String phone = Fields.phone(errors, "contactPhone", contactPhone);
        String email = Fields.email(errors, "contactEmail", contactEmail);
        if (errors.hasErrors()) {
            return null;
        }
        return new MonographDetails(
                structure.get().id(),
                services,
                t,
                what,
                who,
                started,
                works,
                values,
                take,
                name,
                phone,
                email,
                agreed && name != null);
    }
}
