package dev.faqbot.chat;

import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.clinic.Placeholders;
import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentsProperties;
import dev.faqbot.safety.CrisisCategory;
import dev.faqbot.safety.CrisisCopy;
import dev.faqbot.safety.CrisisProperties;
import dev.faqbot.safety.CrisisResource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the protocol's reply objects from curated content and settings; no decisions here. */
@Component
class ReplyFactory {

    private final ChatProperties chat;
    private final ClinicAnswers clinic;
    private final List<String> suggestionIds;
    private final List<CrisisResource> resources;
    private final Map<CrisisCategory, List<CrisisResource>> resourcesByCategory = new EnumMap<>(CrisisCategory.class);
    private final CrisisCopy copy;

    public ReplyFactory(ChatProperties chat, ClinicAnswers clinic, IntentsProperties intents, CrisisProperties crisis) {
        this.chat = chat;
        this.clinic = clinic;
        this.suggestionIds = intents.suggestions();
        this.resources = crisis.resources();
        this.copy = new CrisisCopy(crisis);
        for (CrisisCategory category : CrisisCategory.values()) {
            resourcesByCategory.put(category, resources.stream().filter(r -> r.appliesTo(category)).toList());
        }
    }

    /** The welcome, in {@code lang}. */
    public Reply.Welcome welcome(IntentCatalog catalog, String lang) {
        boolean es = spanish(lang);
        return Reply.welcome(fill(es ? chat.es().welcome() : chat.welcome(), lang),
                fill(es ? chat.es().disclaimer() : chat.disclaimer(), lang), suggestions(catalog, lang), lang(lang));
    }

    /**
     * An intent's curated answer: in Spanish from the intent's {@code es:} block; an intent without one is answered in
     * English (and its {@code lang} says so). The actions its file names come from the clinic settings, in that language.
     */
    public Reply.Answer answer(IntentCatalog catalog, Intent intent, double confidence, String lang) {
        List<CrisisResource> attached = resources.stream().filter(r -> intent.resources().contains(r.id())).toList();
        boolean es = spanish(lang) && intent.es() != null;
        String answerLang = es ? VisitorLanguage.SPANISH : VisitorLanguage.ENGLISH;
        return Reply.answer(intent.id(), es ? intent.es().answer() : intent.answer(), confidence,
                options(catalog, intent.followUps(), lang), es ? copy.spanish(attached) : attached,
                answerLang, clinic.actions(intent.actions(), answerLang));
    }

    public Reply.Clarify clarify(IntentCatalog catalog, List<String> intentIds, String lang) {
        return Reply.clarify(fill(spanish(lang) ? chat.es().clarify() : chat.clarify(), lang), options(catalog, intentIds, lang), lang(lang));
    }

    public Reply.Fallback fallback(IntentCatalog catalog, String lang) {
        return Reply.fallback(fill(spanish(lang) ? chat.es().fallback() : chat.fallback(), lang), suggestions(catalog, lang), lang(lang));
    }

    /** When the classifier cannot run: honest, with the clinic's phone, never a guess. */
    public Reply.Fallback unavailable(IntentCatalog catalog, String lang) {
        return Reply.fallback(fill(spanish(lang) ? chat.es().unavailable() : chat.unavailable(), lang), suggestions(catalog, lang), lang(lang));
    }

    /**
     * The crisis reply: the reviewed copy and the lines in order; in Spanish, the reviewed Spanish copy and the
     * Spanish way to reach each line (988 press 2 or AYUDA; Crisis Text Line AYUDA or WhatsApp).
     */
    public Reply.Crisis crisis(CrisisCategory category, Reply.Answer answer, String lang) {
        List<CrisisResource> lines = resourcesByCategory.get(category);
        return spanish(lang)
                ? Reply.crisis(category.id(), copy.spanishText(category), copy.spanish(lines), answer, VisitorLanguage.SPANISH)
                : Reply.crisis(category.id(), copy.text(category), lines, answer, VisitorLanguage.ENGLISH);
    }

    private List<Option> suggestions(IntentCatalog catalog, String lang) {
        return options(catalog, suggestionIds, lang);
    }

    private static List<Option> options(IntentCatalog catalog, List<String> ids, String lang) {
        boolean es = spanish(lang);
        return ids.stream().flatMap(id -> catalog.find(id).stream())
                .map(i -> new Option(i.id(), es && i.es() != null ? i.es().title() : i.title())).toList();
    }

    private static boolean spanish(String lang) {
        return VisitorLanguage.SPANISH.equals(lang);
    }

    private static String lang(String lang) {
        return spanish(lang) ? VisitorLanguage.SPANISH : VisitorLanguage.ENGLISH;
    }

    /** The bot's own text with the clinic's details in the reply's language (Spanish hours in a Spanish reply). */
    private String fill(String text, String lang) {
        return Placeholders.fill(text, clinic.placeholders(lang(lang)));
    }
}
