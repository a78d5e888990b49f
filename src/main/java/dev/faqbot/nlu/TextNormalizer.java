package dev.faqbot.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one normalisation and tokenisation used both to train the classifier and to classify a
 * visitor's message: case, accents, apostrophes, contractions (with or without the apostrophe),
 * chat shorthand, common misspellings and synonyms of the product's own words.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern STRETCHED = Pattern.compile("([a-z])\\1{2,}");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' ]+");

    /** Whole-token replacements; a value may hold several words. */
    private static final Map<String, String> TOKENS = Map.ofEntries(
            // contractions, apostrophe or not
            Map.entry("dont", "do not"), Map.entry("don't", "do not"), Map.entry("doesnt", "does not"),
            Map.entry("doesn't", "does not"), Map.entry("didnt", "did not"), Map.entry("didn't", "did not"),
            Map.entry("cant", "can not"), Map.entry("can't", "can not"), Map.entry("cannot", "can not"),
            Map.entry("wont", "will not"), Map.entry("won't", "will not"), Map.entry("isnt", "is not"),
            Map.entry("isn't", "is not"), Map.entry("arent", "are not"), Map.entry("aren't", "are not"),
            Map.entry("wasnt", "was not"), Map.entry("wasn't", "was not"), Map.entry("shouldnt", "should not"),
            Map.entry("shouldn't", "should not"), Map.entry("wouldnt", "would not"), Map.entry("wouldn't", "would not"),
            Map.entry("couldnt", "could not"), Map.entry("couldn't", "could not"), Map.entry("havent", "have not"),
            Map.entry("haven't", "have not"), Map.entry("im", "i am"), Map.entry("i'm", "i am"),
            Map.entry("ive", "i have"), Map.entry("i've", "i have"), Map.entry("i'll", "i will"),
            Map.entry("i'd", "i would"), Map.entry("id", "i would"), Map.entry("youre", "you are"),
            Map.entry("you're", "you are"), Map.entry("whats", "what is"), Map.entry("what's", "what is"),
            Map.entry("hows", "how is"), Map.entry("how's", "how is"), Map.entry("it's", "it is"),
            Map.entry("thats", "that is"), Map.entry("that's", "that is"), Map.entry("theres", "there is"),
            Map.entry("there's", "there is"), Map.entry("whos", "who is"), Map.entry("who's", "who is"),
            Map.entry("wheres", "where is"), Map.entry("where's", "where is"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("gotta", "got to"), Map.entry("lemme", "let me"),
            // chat shorthand
            Map.entry("u", "you"), Map.entry("ya", "you"), Map.entry("ur", "your"), Map.entry("r", "are"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("thx", "thanks"),
            Map.entry("tx", "thanks"), Map.entry("thanx", "thanks"), Map.entry("thnx", "thanks"),
            Map.entry("b4", "before"), Map.entry("w", "with"), Map.entry("w/", "with"), Map.entry("abt", "about"),
            Map.entry("bc", "because"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("hrs", "hours"), Map.entry("hr", "hour"), Map.entry("mins", "minutes"), Map.entry("min", "minutes"),
            Map.entry("appt", "appointment"), Map.entry("dr", "doctor"), Map.entry("doc", "doctor"),
            Map.entry("meds", "medication"), Map.entry("med", "medication"), Map.entry("medicine", "medication"),
            Map.entry("medications", "medication"), Map.entry("medicines", "medication"),
            Map.entry("insurence", "insurance"), Map.entry("insurnace", "insurance"),
            // Spanish chat shorthand ("tengo q ir en ayunas", "xq", "tb")
            Map.entry("q", "que"), Map.entry("ke", "que"), Map.entry("xq", "porque"), Map.entry("pq", "porque"),
            Map.entry("porq", "porque"), Map.entry("xk", "porque"), Map.entry("tb", "tambien"), Map.entry("tmb", "tambien"),
            Map.entry("xfa", "por favor"), Map.entry("porfa", "por favor"), Map.entry("dnd", "donde"), Map.entry("kiero", "quiero"),
            // the product's words and their misspellings
            Map.entry("ket", "ketamine"), Map.entry("keta", "ketamine"), Map.entry("ketamin", "ketamine"),
            Map.entry("ketamene", "ketamine"), Map.entry("ketamime", "ketamine"), Map.entry("katamine", "ketamine"),
            Map.entry("ketemine", "ketamine"), Map.entry("ketimine", "ketamine"), Map.entry("ketamines", "ketamine"),
            Map.entry("ketmine", "ketamine"), Map.entry("kitamine", "ketamine"), Map.entry("ketalar", "ketamine"),
            Map.entry("spravato", "esketamine"), Map.entry("spravado", "esketamine"), Map.entry("sprovato", "esketamine"),
            Map.entry("esketamin", "esketamine"), Map.entry("infusoin", "infusion"), Map.entry("infussion", "infusion"),
            Map.entry("infution", "infusion"), Map.entry("infusions", "infusion"), Map.entry("iv", "infusion"),
            Map.entry("ptsd", "ptsd"), Map.entry("p.t.s.d", "ptsd"), Map.entry("depresion", "depression"),
            Map.entry("depressed", "depression"), Map.entry("anxious", "anxiety"), Map.entry("anxiaty", "anxiety"),
            Map.entry("addictive", "addiction"), Map.entry("addicted", "addiction"), Map.entry("adictive", "addiction"),
            Map.entry("sideeffects", "side effects"), Map.entry("sidefx", "side effects"),
            // clinical abbreviations visitors use
            Map.entry("kap", "ketamine assisted psychotherapy"), Map.entry("trd", "treatment resistant depression"),
            Map.entry("mdd", "major depression"), Map.entry("gad", "generalized anxiety"),
            Map.entry("rsd", "complex regional pain syndrome"), Map.entry("crps", "complex regional pain syndrome"),
            Map.entry("ssri", "antidepressant"), Map.entry("ssris", "antidepressant"), Map.entry("snri", "antidepressant"),
            Map.entry("maoi", "maoi"), Map.entry("maois", "maoi"), Map.entry("benzo", "benzodiazepine"),
            Map.entry("benzos", "benzodiazepine"), Map.entry("fda", "fda"),
            // social shorthand
            Map.entry("ty", "thank you"), Map.entry("tysm", "thank you so much"), Map.entry("tyvm", "thank you"),
            Map.entry("cya", "see you"), Map.entry("ttyl", "talk to you later"), Map.entry("bye", "bye"),
            Map.entry("hiya", "hi"), Map.entry("heya", "hi"), Map.entry("hallo", "hello"), Map.entry("helo", "hello"),
            Map.entry("hii", "hi"), Map.entry("heyy", "hey"), Map.entry("migraines", "migraine"), Map.entry("migrane", "migraine"));

    private TextNormalizer() {
    }

    /** Normalised tokens of a message: the input of training and of classification alike. */
    public static String[] tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        s = s.replace("special k", "ketamine specialk").replace("k-hole", "khole").replace("k hole", "khole").replace("$", " cost ")
                .replace("side-effect", "side effect").replace("nasal spray", "nasalspray")
                .replace("ketamine therapy", "ketamine").replace("ketamine treatment", "ketamine");
        s = STRETCHED.matcher(s).replaceAll("$1$1");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String raw : s.split(" ")) {
            String token = stripQuotes(raw);
            if (token.isEmpty()) {
                continue;
            }
            String replaced = TOKENS.get(token);
            if (replaced == null) {
                out.add(token.replace("'", ""));
            } else {
                for (String word : replaced.split(" ")) {
                    out.add(word);
                }
            }
        }
        return out.toArray(String[]::new);
    }

    private static String stripQuotes(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && token.charAt(start) == '\'') {
            start++;
        }
        while (end > start && token.charAt(end - 1) == '\'') {
            end--;
        }
        return token.substring(start, end);
    }
}
