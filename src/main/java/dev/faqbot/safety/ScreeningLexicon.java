package dev.faqbot.safety;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link ScreeningNormalizer}: slang and contractions, known misspellings,
 * look-alike letters and a small vocabulary. Kept apart from the algorithm so both stay readable.
 */
final class ScreeningLexicon {

    private ScreeningLexicon() {
    }

    /** Tokens rewritten as a whole (contractions without apostrophes, chat slang, coded terms). */
    static final Map<String, String> SLANG = new HashMap<>();

    /** Misspellings seen in real messages, mapped to the word meant. */
    static final Map<String, String> MISSPELLINGS = new HashMap<>();

    /** Words that crisis wording hinges on: stretched, doubled or slightly misspelt forms map back to them. */
    static final Set<String> KEY_WORDS = new LinkedHashSet<>();

    /** Long key words matched with one typo (edit distance 1, transpositions included). */
    static final Set<String> FUZZY_KEYS = new LinkedHashSet<>();

    /** Known words: never re-spelt, and the pieces that glued words ("killmyself") are split into. */
    static final Set<String> VOCABULARY = new HashSet<>();

    /** Look-alike letters from other scripts (after lower-casing) and their Latin counterparts. */
    static final Map<Integer, String> HOMOGLYPHS = new HashMap<>();

    static {
        slang("dont=do not doesnt=does not didnt=did not cant=can not cannot=can not wont=will not isnt=is not"
                + " arent=are not wasnt=was not werent=were not havent=have not hasnt=has not hadnt=had not"
                + " couldnt=could not wouldnt=would not shouldnt=should not aint=am not mustnt=must not"
                + " im=i am ive=i have youre=you are youve=you have theyre=they are hes=he is shes=she is"
                + " thats=that is whats=what is its=it is theres=there is wheres=where is whos=who is"
                + " lets=let us idk=i do not know idc=i do not care dunno=do not know"
                + " wanna=want to wana=want to wannna=want to gonna=going to gunna=going to gona=going to"
                + " finna=going to tryna=trying to gotta=got to hafta=have to kinda=kind of sorta=sort of"
                + " lemme=let me gimme=give me imma=i am going to ima=i am going to iam=i am"
                + " u=you ya=you yu=you ur=your youre=you are r=are y=why n=and plz=please pls=please"
                + " ppl=people rn=right now atm=right now tmrw=tomorrow tmr=tomorrow tmw=tomorrow tmrow=tomorrow"
                + " 2morrow=tomorrow 2moro=tomorrow tomorow=tomorrow 2nite=tonight 2night=tonight tonite=tonight"
                + " tnight=tonight 2day=today tday=today b4=before bc=because bcuz=because cuz=because coz=because"
                + " becuz=because bcs=because abt=about thru=through tho=though altho=although w=with wo=without"
                + " sum1=someone some1=someone any1=anyone every1=everyone no1=no one evry1=everyone"
                + " bf=boyfriend gf=girlfriend hubby=husband bff=best friend"
                + " tbh=honestly ngl=honestly fr=honestly srsly=seriously lol=lol lmao=lol"
                + " alot=a lot noone=no one everyones=everyone is nothings=nothing is"
                + " kms=kill myself kmsrn=kill myself right now unalive=unalive unalived=unalived"
                + " sewerslide=suicide sewersides=suicide sooicide=suicide suicied=suicide"
                + " selfdelete=self delete selfharm=self harm selfharming=self harming selfharmed=self harmed"
                + " od=overdose ods=overdoses oding=overdosing odding=overdosing oded=overdosed odded=overdosed"
                + " ket=ketamine keta=ketamine"
                + " breath=breathe brethe=breathe breth=breathe"
                + " goodbye=goodbye gbye=goodbye goodby=goodbye gudbye=goodbye gudbai=goodbye byebye=goodbye"
                + " ded=dead");
        misspell("suicde suicid suisid suicdie suiside sucide sucid suicidee suecide siucide suicied suiciede"
                + " suiscide suicidi suicida suiceide soocide sooicide suicudi suicude", "suicide");
        misspell("sucidal suicdal suisidal suicidial suicidle suacidal suicidel suecidal suicidall suicdial"
                + " suisidel sucidial", "suicidal");
        misspell("myslef mysef mysefl myselfe mself meself myslf mysel mysfl myselv mysellf maself myseld"
                + " myseflf mysekf", "myself");
        misspell("kil kll kiil kilm", "kill");
        misspell("kiling killin kilin", "killing");
        misspell("kiled", "killed");
        misspell("overdoes overdoze overdos overdosis ovedose overdoce overdosse ovrdose overdoese", "overdose");
        misspell("overdosd overdozed overdossed ovrdosed", "overdosed");
        misspell("pils pillz pilz", "pills");
        misspell("medz", "meds");
        misspell("wnt wnat whant", "want");
        misspell("diie dy3", "die");
        misspell("dieing dyin dyeing", "dying");
        misspell("anymor anymre anymoree enymore", "anymore");
        misspell("alve alivee alvie aliv alivr aliev aive allive alivw aluve akive alibe ailve alyve alyv aliove",
                "alive");
        misspell("lyfe lif", "life");
        misspell("hurtin", "hurting");
        misspell("wrist wirst wrsit", "wrist");
        misspell("breathing breating brething breahting breathin", "breathing");
        misspell("unalve unalivee", "unalive");
        misspell("hom hme hoem", "home");
        misspell("sed sayed sayd", "said");
        misspell("exsist exisst exsit", "exist");
        misspell("exsisting existin exisiting", "existing");
        misspell("beter bettr", "better");
        misspell("evryone everone evryone evreyone", "everyone");
        misspell("sombody somebdy", "somebody");
        misspell("somone someon", "someone");
        misspell("nobdy", "nobody");
        misspell("tonite tonigt tonihgt", "tonight");
        misspell("forver forevr foreva", "forever");
        misspell("goodbey goodbyr", "goodbye");

        keys("kill kills killed killing die dies died dying dead death suicide suicidal myself himself herself"
                + " themselves yourself life live living alive end ending hurt harm cut cutting burn burning"
                + " overdose overdosed overdosing pills meds wake sleep forever goodbye hang hanging noose rope"
                + " wrist wrists jump bridge gun shoot unalive breathe breathing chest seizure unresponsive"
                + " abuse abused hit hits beat beats rape raped danger safe want to please help anymore never"
                + " nobody everyone better off gone plan tonight enough lethal fatal deadly poison pain stop"
                + " hate worthless burden tired done exist disappear blade razor");
        fuzzy("suicide suicidal myself himself herself overdose overdosed overdosing goodbye unalive"
                + " unresponsive breathing seizure lethal anymore yourself themselves strangle suffocate"
                + " worthless disappear tonight everyone everybody somebody someone existing nobody anyone"
                + " forever");

        vocab("a about above after again against all almost alone along already also always am an and"
                + " another any anybody anymore anyone anything anyway are around as ask asked asking at away"
                + " back bad be because been before being best better between big bit body both bottle boy"
                + " brain break bring brother but buy by call called calm came can care case cause change"
                + " child children clinic close come coming cost could couldnt day days did different do"
                + " doctor does doing done dose down drink drive during each early easy eat effect effects"
                + " else even ever every everybody everything eye face family far fast feel feeling feelings"
                + " feels fell felt few find fine first for found free friend friends from full get gets"
                + " getting girl give given go goes going good got great had half happen happened happens"
                + " happy hard has have having he head heart heavy hello help her here hers hey hi him his"
                + " home hope hospital hour hours house how however husband i if ill in infusion infusions"
                + " insurance into is it its job just keep kept kid kids kind know last late later least"
                + " leave left less let like little long look looking lose lost lot love low made make"
                + " many may maybe me mean medication medicine mind mine minute mom money month more most"
                + " mother much must my need needs new next nice night no none not nothing now of off"
                + " often oh ok okay old on once one only or other others our out over own part people"
                + " person place point price put quite rather really reason right room said same save"
                + " saving say says school see seem seems session she should side since so some someone"
                + " something sometimes son soon sorry still such sure take taken takes taking talk tell"
                + " than thank thanks that the their them then there these they thing things think this"
                + " those thought thoughts through time times today together told too took treatment"
                + " try trying turn two under until up upon us use used very wait want wanted wants was way"
                + " we week weeks well went were what when where which while who whole why wife will wish"
                + " with without woman work world worse worst would yeah year years yes yet you young your"
                + " yours ketamine esketamine spravato therapy therapist depression depressed anxiety"
                + " ptsd pain chronic migraine headache tired sad lonely empty numb hopeless helpless"
                + " scared afraid fear angry mad feel cry crying tears sleep asleep awake bed morning evening"
                + " weekend appointment book booking schedule diet dieting since anyway daughter dad father"
                + " sister partner boyfriend girlfriend baby boss ex friend mum parents wake woke waking"
                + " forever goodbye bye hurt hurting cut cutting burn kill killing killed die died dying"
                + " dead death suicide suicidal myself himself herself themselves yourself life live lives"
                + " living alive end ending ends harm harming self overdose overdosed overdosing pills pill"
                + " meds hang hanging noose rope wrist wrists jump bridge gun shoot shot unalive breathe"
                + " breathing chest seizure safe danger plan planning tonight enough lethal fatal deadly"
                + " poison stop worthless burden done exist disappear gone hate blade razor note letter"
                + " sewer slide delete go went bus catch tablets tablet dosage mg nurse pay cheap expensive"
                + " covered work works worked side risk risks safe safety effective does anybody shots"
                + " anymore rope knife drown water train car wall floor high heaven hell god pray praying"
                + " overdo overdoing overdid overdone"
                + " giving living loving moving having making taking saving leaving wanting waiting writing"
                + " driving diving trying buying paying playing staying getting putting sitting letting setting"
                + " better letter bitter butter matter latter setter without within breath breathe breathed"
                + " existing everyone everybody somebody someone anyone nobody forever painless painlessly");

        homoglyphs("а=a в=b е=e ё=e з=3 і=i ї=i ј=j к=k м=m н=h о=o п=n р=p с=c т=t у=y х=x ь=b ѕ=s ԁ=d ԛ=q"
                + " ԝ=w һ=h ӏ=l ɡ=g ɑ=a ı=i ł=l ø=o đ=d ß=ss æ=ae œ=oe ð=d ƒ=f ŀ=l ħ=h"
                + " α=a β=b γ=y ε=e η=n ι=i κ=k μ=u ν=v ο=o ρ=p σ=o ς=s τ=t υ=u χ=x ω=w ϲ=c ϳ=j"
                + " ᴀ=a ʙ=b ᴄ=c ᴅ=d ᴇ=e ꜰ=f ɢ=g ʜ=h ɪ=i ᴊ=j ᴋ=k ʟ=l ᴍ=m ɴ=n ᴏ=o ᴘ=p ʀ=r ꜱ=s ᴛ=t ᴜ=u ᴠ=v"
                + " ᴡ=w ʏ=y ᴢ=z");
        VOCABULARY.addAll(KEY_WORDS);
        VOCABULARY.addAll(FUZZY_KEYS);
        for (String expansion : SLANG.values()) {
            for (String word : expansion.split(" ")) {
                VOCABULARY.add(word);
            }
        }
        VOCABULARY.addAll(MISSPELLINGS.values());
    }

    private static void slang(String pairs) {
        for (String pair : pairs.trim().split("\\s+(?=[^\\s=]+=)")) {
            int eq = pair.indexOf('=');
            SLANG.put(pair.substring(0, eq), pair.substring(eq + 1).trim());
        }
    }

    private static void misspell(String words, String meant) {
        for (String w : words.trim().split("\\s+")) {
            if (!w.equals(meant)) {
                MISSPELLINGS.put(w, meant);
            }
        }
    }

    private static void keys(String words) {
        for (String w : words.trim().split("\\s+")) {
            KEY_WORDS.add(w);
        }
    }

    private static void fuzzy(String words) {
        for (String w : words.trim().split("\\s+")) {
            FUZZY_KEYS.add(w);
        }
    }

    private static void vocab(String words) {
        for (String w : words.trim().split("\\s+")) {
            VOCABULARY.add(w);
        }
    }

    private static void homoglyphs(String pairs) {
        for (String pair : pairs.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            HOMOGLYPHS.put(pair.codePointAt(0), pair.substring(eq + 1));
        }
    }
}
