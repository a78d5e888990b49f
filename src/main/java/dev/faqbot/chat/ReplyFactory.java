package dev.faqbot.chat;

import dev.faqbot.clinic.ClinicProperties;
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
public class ReplyFactory {

    private final ChatProperties chat;
    private final Map<String, String> clinicValues;
    private final List<String> suggestionIds;
    private final List<CrisisResource> resources;
    private final Map<CrisisCategory, List<CrisisResource>> resourcesByCategory = new EnumMap<>(CrisisCategory.class);
    private final CrisisCopy copy;

    public ReplyFactory(ChatProperties chat, ClinicProperties clinic, IntentsProperties intents, CrisisProperties crisis) {
        this.chat = chat;
        this.clinicValues = clinic.placeholders();
        this.suggestionIds = intents.suggestions();
        this.resources = crisis.resources();
        this.copy = new CrisisCopy(crisis);
        for (CrisisCategory category : CrisisCategory.values()) {
            resourcesByCategory.put(category, resources.stream().filter(r -> r.appliesTo(category)).toList());
        }
    }

    public Reply welcome(IntentCatalog catalog) {
        return Reply.welcome(fill(chat.welcome()), fill(chat.disclaimer()), suggestions(catalog));
    }

    public Reply answer(IntentCatalog catalog, Intent intent, double confidence) {
        List<CrisisResource> attached = resources.stream().filter(r -> intent.resources().contains(r.id())).toList();
        return Reply.answer(intent.id(), intent.answer(), confidence, options(catalog, intent.followUps()), attached);
    }

    public Reply clarify(IntentCatalog catalog, List<String> intentIds) {
        return Reply.clarify(fill(chat.clarify()), options(catalog, intentIds));
    }

    public Reply fallback(IntentCatalog catalog) {
        return Reply.fallback(fill(chat.fallback()), suggestions(catalog));
    }

    /** When the classifier cannot run: honest, with the clinic's phone, never a guess. */
    public Reply unavailable(IntentCatalog catalog) {
        return Reply.fallback(fill(chat.unavailable()), suggestions(catalog));
    }

    public Reply crisis(CrisisCategory category, Reply answer) {
        return Reply.crisis(category.id(), copy.text(category), resourcesByCategory.get(category), answer);
    }

    /**
     * The reply in the visitor's language. Spanish uses each intent's {@code es:} block, the Spanish bot lines and the
     * reviewed Spanish crisis copy and lines; an intent without a Spanish answer is answered in English (and says so
     * with {@code lang}). Errors are in English.
     */
    public Reply localised(Reply reply, String lang, IntentCatalog catalog) {
        Reply answer = reply.answer() == null ? null : localised(reply.answer(), lang, catalog);
        if (!VisitorLanguage.SPANISH.equals(lang) || "error".equals(reply.type())) {
            return reply.with(VisitorLanguage.ENGLISH, reply.text(), reply.suggestions(), reply.followUps(), reply.options(),
                    reply.resources(), answer);
        }
        ChatProperties.Spanish es = chat.es();
        String text = switch (reply.type()) {
            case "welcome" -> fill(es.welcome());
            case "clarify" -> fill(es.clarify());
            case "fallback" -> reply.text().equals(fill(chat.unavailable())) ? fill(es.unavailable()) : fill(es.fallback());
            case "crisis" -> copy.spanishText(CrisisCategory.fromId(reply.category()).orElseThrow());
            case "answer" -> catalog.find(reply.intent()).map(Intent::es).map(Intent.Translation::answer).orElse(null);
            default -> reply.text();
        };
        if (text == null) {
            return reply.with(VisitorLanguage.ENGLISH, reply.text(), reply.suggestions(), reply.followUps(), reply.options(),
                    reply.resources(), answer);
        }
        Reply local = reply.with(VisitorLanguage.SPANISH, text, spanish(reply.suggestions(), catalog),
                spanish(reply.followUps(), catalog), spanish(reply.options(), catalog),
                reply.resources() == null ? null : copy.spanish(reply.resources()), answer);
        return "welcome".equals(reply.type()) ? local.withDisclaimer(fill(es.disclaimer())) : local;
    }

    private static List<Option> spanish(List<Option> options, IntentCatalog catalog) {
        if (options == null) {
            return null;
        }
        return options.stream().map(o -> new Option(o.intent(), catalog.find(o.intent()).map(Intent::es)
                .map(Intent.Translation::title).orElse(o.title()))).toList();
    }

    private List<Option> suggestions(IntentCatalog catalog) {
        return options(catalog, suggestionIds);
    }

    private static List<Option> options(IntentCatalog catalog, List<String> ids) {
        return ids.stream().flatMap(id -> catalog.find(id).stream()).map(i -> new Option(i.id(), i.title())).toList();
    }

    private String fill(String text) {
        return Placeholders.fill(text, clinicValues);
    }
}
