package coop.faireavec.meeting;

import coop.faireavec.people.Language;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The first draft of the minutes, so the carrier does not start from a blank page: the meeting's date and the
 * people present by college, then what was said, round by round, each contribution with its speaker.
 */
@Component
public class MinutesDraft {

    private final MessageSource messages;

    MinutesDraft(MessageSource messages) {
        this.messages = messages;
    }

    public String fromRounds(MeetingPage page) {
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder text = new StringBuilder();
        Meeting m = page.meeting();
        text.append(m.getTitle())
                .append(" — ")
                .append(m.getStartsAt().format(Language.of(locale).shortDateTime()))
                .append("\n\n");
        text.append(msg("minutes.draft.present", locale)).append('\n');
        page.participants().stream()
                .filter(MeetingPage.Attendee::present)
                .forEach(a -> text.append("- ")
                        .append(a.displayName())
                        .append(
                                a.college() == null
                                        ? ""
                                        : " (" + msg("college." + a.college().name(), locale) + ")")
                        .append('\n'));
        for (MeetingPage.Round round : page.rounds()) {
            text.append('\n')
                    .append(msg(
                            "meeting.round." + (round.college() == null ? round.key() : "PEER"),
                            locale,
                            round.college() == null
                                    ? null
                                    : msg("college." + round.college().name(), locale)))
                    .append('\n');
            if (round.contributions().isEmpty()) {
                text.append(msg("minutes.draft.nothingSaid", locale)).append('\n');
            }
            for (MeetingPage.Said said : round.contributions()) {
                text.append("- ")
                        .append(said.authorName())
                        .append(" : ")
                        .append(said.contribution().getBody())
                        .append('\n');
            }
        }
        text.append('\n').append(msg("minutes.draft.decisions", locale)).append('\n');
        return text.toString();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
