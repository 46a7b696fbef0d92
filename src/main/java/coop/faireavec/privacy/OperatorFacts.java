package coop.faireavec.privacy;

/**
 * Who runs this platform, as the public pages and mails say it. Every field is plain text, possibly empty (not said
 * yet); none is ever null.
 *
 * @param organisation the controller: the organisation that runs the platform (e.g. an association)
 * @param address      its postal address, possibly on several lines
 * @param contactEmail the address people write to about their data, the site, or to stop mails
 * @param dpoContact   how to reach the data protection officer (name, address or e-mail)
 * @param host         the host: name, address and phone of the company that keeps the servers
 * @param director     the director of publication (a person's name)
 */
public record OperatorFacts(
        String organisation, String address, String contactEmail, String dpoContact, String host, String director) {

    /** The same facts, each null turned into "" and stripped. */
    public OperatorFacts {
        organisation = clean(organisation);
        address = clean(address);
        contactEmail = clean(contactEmail);
        dpoContact = clean(dpoContact);
        host = clean(host);
        director = clean(director);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
