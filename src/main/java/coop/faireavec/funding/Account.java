package coop.faireavec.funding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lines of the associations' chart of accounts (règlement ANC 2018-06) that the grant application's budget
 * (Cerfa 12156) and the financial report (Cerfa 15059) use: charges 60 to 68, income 70 to 78 with the operating
 * grants (74) split by {@link FunderKind}, and the voluntary contributions in kind, uses (86) and sources (87).
 * The labels shown are in the messages ({@code funding.account.<NAME>}); {@link #code()} is the account number.
 */
public enum Account {
    PURCHASES("60", Kind.CHARGE, null),
    EXTERNAL_SERVICES("61", Kind.CHARGE, null),
    OTHER_EXTERNAL_SERVICES("62", Kind.CHARGE, null),
    TAXES("63", Kind.CHARGE, null),
    STAFF("64", Kind.CHARGE, null),
    OTHER_CURRENT_CHARGES("65", Kind.CHARGE, null),
    FINANCIAL_CHARGES("66", Kind.CHARGE, null),
    EXCEPTIONAL_CHARGES("67", Kind.CHARGE, null),
    DEPRECIATION("68", Kind.CHARGE, null),
    SALES("70", Kind.INCOME, null),
    FEES_AND_ALLOCATIONS("73", Kind.INCOME, null),
    GRANT_STATE("74", Kind.INCOME, FunderKind.STATE),
    GRANT_REGION("74", Kind.INCOME, FunderKind.REGION),
    GRANT_DEPARTEMENT("74", Kind.INCOME, FunderKind.DEPARTEMENT),
    GRANT_INTERCOMMUNALITY("74", Kind.INCOME, FunderKind.INTERCOMMUNALITY),
    GRANT_TOWN("74", Kind.INCOME, FunderKind.TOWN),
    GRANT_SOCIAL_BODY("74", Kind.INCOME, FunderKind.SOCIAL_BODY),
    GRANT_EUROPEAN_FUNDS("74", Kind.INCOME, FunderKind.EUROPEAN_FUNDS),
    GRANT_PRIVATE("74", Kind.INCOME, FunderKind.PRIVATE),
    OTHER_CURRENT_INCOME("75", Kind.INCOME, null),
    FINANCIAL_INCOME("76", Kind.INCOME, null),
    EXCEPTIONAL_INCOME("77", Kind.INCOME, null),
    PROVISIONS_WRITTEN_BACK("78", Kind.INCOME, null),
    IN_KIND_RELIEF("860", Kind.IN_KIND_USE, null),
    IN_KIND_GOODS_LENT("861", Kind.IN_KIND_USE, null),
    IN_KIND_SERVICES_USED("862", Kind.IN_KIND_USE, null),
    /** Where the time given at meetings is used: "personnel bénévole". */
    IN_KIND_VOLUNTEER_STAFF("864", Kind.IN_KIND_USE, null),
    /** Where the time given at meetings comes from: "bénévolat". */
    IN_KIND_VOLUNTEERING("870", Kind.IN_KIND_SOURCE, null),
    IN_KIND_SERVICES_GIVEN("871", Kind.IN_KIND_SOURCE, null),
    IN_KIND_GIFTS("875", Kind.IN_KIND_SOURCE, null);

    /** Which side of the budget a line is on. The budget balances when CHARGE + IN_KIND_USE = INCOME + IN_KIND_SOURCE. */
    public enum Kind {
        CHARGE,
        INCOME,
        IN_KIND_USE,
        IN_KIND_SOURCE;

        /** True for charges and in-kind uses (the left side of the budget). */
        public boolean uses() {
            return this == CHARGE || this == IN_KIND_USE;
        }
    }

    private final String code;
    private final Kind kind;
    private final FunderKind funderKind;

    Account(String code, Kind kind, FunderKind funderKind) {
        this.code = code;
        this.kind = kind;
        this.funderKind = funderKind;
    }

    /** The account number ("60", "74", "864"...). */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** For an operating grant (74): the kind of funder it comes from; null for every other line. */
    public FunderKind funderKind() {
        return funderKind;
    }

    /** The message key of the line's label. */
    public String labelKey() {
        return "funding.account." + name();
    }

    /** The operating-grant line (74) of a kind of funder. */
    public static Account grantOf(FunderKind kind) {
        return Arrays.stream(values())
                .filter(a -> a.funderKind == kind)
                .findFirst()
                .orElseThrow();
    }

    /** Every line of one side, in chart order. */
    public static List<Account> ofKind(Kind kind) {
        return Arrays.stream(values()).filter(a -> a.kind == kind).toList();
    }

    /** The account by its enum name, empty for anything else (a tampered form). */
    public static Optional<Account> named(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
