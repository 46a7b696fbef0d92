package coop.faireavec.funding.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts in euros as the page's language writes them ("1 250,50 €", "€1,250.50"): {@code ${@money.format(x)}}. */
@Component("money")
class Money {

    /** The amount in euros with cents, in the request's language; empty for none. */
    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        f.setCurrency(Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }
}
