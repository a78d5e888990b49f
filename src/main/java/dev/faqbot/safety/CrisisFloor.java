package dev.faqbot.safety;

import static dev.faqbot.safety.CrisisCategory.ABUSE;
import static dev.faqbot.safety.CrisisCategory.HARM_TO_OTHERS;
import static dev.faqbot.safety.CrisisCategory.MEDICAL_EMERGENCY;
import static dev.faqbot.safety.CrisisCategory.SELF_HARM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in floor of crisis rules: always screened, whatever the phrase file says. Patterns are written
 * against {@link ScreeningNormalizer} output (lower case, contractions expanded: "do not", "can not", "i am")
 * and always start at a word; {@code {name}} expands to a macro below (the phrase file may use them too).
 */
final class CrisisFloor {

    private CrisisFloor() {
    }

    /** One built-in rule: a stable id, its category and its pattern. */
    record Entry(String id, CrisisCategory category, String regex) {
    }

    static final Map<String, String> MACROS = new LinkedHashMap<>();

    static {
        MACROS.put("refl", "(?:myself|himself|herself|themselves|themself|yourself|ourselves|oneself)");
        MACROS.put("kill", "(?:kill|kills|killed|killing)");
        MACROS.put("person", "(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|friend|best friend|mom|mother"
                + "|mum|dad|father|brother|sister|kid|kids|child|children|teen|teenager|roommate|cousin|uncle|aunt"
                + "|grandma|grandpa|grandmother|grandfather|fiance|fiancee|ex|ex husband|ex wife|boss|coworker|client"
                + "|patient|neighbor|neighbour|stepdad|stepmom|stepfather|stepmother|parent|parents|family|loved one"
                + "|baby|babies|niece|nephew|student|buddy|bestie|spouse|sibling|twin|grandson|granddaughter"
                + "|colleague|landlord|teacher|caregiver|carer|sons|daughters|brothers|sisters|friends|family member"
                + "|newborn|infant|toddler|little one|kiddo|children|stepson|stepdaughter|wife s \\w+|doctor|doctors"
                + "|nurse|nurses|therapist|psychiatrist|counselor|cop|cops|police|officer|manager|supervisor"
                + "|commander|sergeant|coach|pastor|priest|judge|lawyer|patients|clients|students|coworkers"
                + "|neighbors|neighbours|classmates|man|woman|guy|aide|caretaker|babysitter|tenant|employees"
                + "|unit commander|ex boyfriend|ex girlfriend|baby daddy|baby mama|mom s boyfriend|dad s girlfriend)");
        MACROS.put("others", "(?:him|her|them|someone|somebody|anyone|anybody|everyone|everybody|people|others"
                + "|other people|you|my (?:\\w+ ){0,2}{person}|his {person}|her {person}|their {person}|our {person}"
                + "|the {person}|this (?:guy|man|woman|person|girl|boy)|that (?:guy|man|woman|person|girl|boy)"
                + "|a (?:kid|child|baby|person|man|woman)|the (?:kids|baby|children|people|neighbors|neighbours)"
                + "|my whole family|the whole family|all of them|them all)");
        MACROS.put("abuser", "(?:he|she|they|my {person}|the {person}|my partner s|her {person}|his {person}"
                + "|my (?:step ?dad|step ?mom|step ?father|step ?mother|foster \\w+|pimp|husband s \\w+|caretaker)"
                + "|someone|somebody|a man|a guy|a woman|this (?:guy|man|woman))");
        MACROS.put("pills", "(?:pills|pill|meds|medication|medications|medicine|medicines|tablets|tablet|capsules"
                + "|ketamine|k|sleeping pills|sleeping tablets|painkillers|pain killers|pain meds|opioids|opiates|oxy"
                + "|oxys|oxycodone|oxycontin|xanax|xans|bars|benzos|benzodiazepines|insulin|tylenol|advil|ibuprofen"
                + "|paracetamol|acetaminophen|aspirin|antidepressants|lithium|seroquel|ambien|klonopin|valium"
                + "|ativan|gabapentin|lyrica|fentanyl|heroin|drugs|prescription|prescriptions|morphine|percocet|percs"
                + "|vicodin|tramadol|sertraline|zoloft|prozac|lexapro|wellbutrin|trazodone|melatonin|adderall"
                + "|methadone|suboxone|codeine|dilaudid|hydrocodone|norco|lorazepam|diazepam|clonazepam|alprazolam"
                + "|quetiapine|amitriptyline|nortriptyline|doxepin|propranolol|benadryl|nyquil|sleeping aids"
                + "|sleep aids|sleeping meds|sleep meds|stuff|stash|supply|bottle|bottles|doses|dose|script"
                + "|antipsychotics|mood stabilizers|heart meds|blood pressure meds|blood thinners)");
        MACROS.put("intent", "(?:want|wants|wanted|wanting|going|plan|plans|planned|planning|ready|about|decided"
                + "|intend|intends|intending|try|tries|tried|trying|thinking about|thought about|think about|thinks"
                + " about|talking about|talked about|talks about|threatening|threatened|threatens|might|may|will|would"
                + "|could|should|need|needs|urge|urges|wish|wishes|tempted|considering|consider|considered|ready"
                + "|just want|i will|i am going|gonna|have|has|like|love|deserve|deserves)");
    }

    /** Crisis rules, most specific first within a category. */
    static final List<Entry> RULES = new ArrayList<>();

    /** Ordinary phrases: a floor hit overlapping one of these does not count. */
    static final List<Entry> IDIOMS = new ArrayList<>();

    /** Distress or means that is not crisis on its own but escalates with what the conversation says next. */
    static final List<Entry> CONCERNS = new ArrayList<>();

    /** Time or finality words that escalate an earlier concern ("tonight", "goodbye"). */
    static final List<Entry> ESCALATORS = new ArrayList<>();

    /** Strong words looked for in the text with all spaces removed: the last net for letters typed apart. */
    static final List<Entry> SQUASHED = new ArrayList<>();

    static {
        selfHarm();
        medical();
        harmToOthers();
        abuse();
        thirdSuite();
        idioms();
        context();
        squashed();
    }

    private static void selfHarm() {
        CrisisCategory c = SELF_HARM;
        rule("suicide", c, "suicid\\w*");
        rule("kill-self", c, "{kill} (?:{refl}|my self)\\b");
        rule("kill-me-request", c, "(?:please|someone|somebody|anyone|anybody|just|god|lord|can someone|can you"
                + "|could you|would you|will you) (?:please |just |come |come and )?(?:kill|shoot|end) me\\b");
        rule("wish-killed", c, "(?:wish|hope|hoping|want|wanting|pray|praying) (?:that )?(?:someone|somebody"
                + "|something|a car|a bus|a truck|a train|god|it|they|he|she|cancer|covid|this|an accident)"
                + " (?:would |will |could |to |might |just )*(?:kill|end|hit|run over|take|crash into|fall on|shoot)"
                + " me\\b|(?:wish|hope|hoping|pray|praying) (?:that )?(?:a|the|some) (?:car|bus|truck"
                + "|train|lorry|plane) (?:would |will |could |might |just )*(?:hit|kill|run over|crash into) me\\b");
        rule("hit-by-vehicle", c, "(?:want|wish|hope|hoping|wishing|pray|praying|would not mind|wouldnt mind)"
                + " (?:\\w+ ){0,4}(?:hit|run over|killed) by (?:a|the) (?:car|bus|truck|train|lorry)");
        rule("end-my-life", c, "(?:end|ending|ended|ends|take|taking|took|takes|taken|finish|finishing)"
                + " (?:my|his|her|their|your|our|one s) (?:own )?(?:life|lives)\\b(?! back)");
        rule("end-it-all", c, "(?:end|ending|ended|finish|finishing) (?:it all|everything|myself|this life|my"
                + " existence|it for good|it forever|it once and for all|it tonight|it today|things for good"
                + "|the suffering for good|my suffering|all of it|my pain for good|the pain for good|the pain forever"
                + "|my pain forever|my misery|it right now|it now|it soon)\\b");
        rule("intent-end-it", c, "{intent} (?:to )?(?:\\w+ ){0,2}(?:end|ending) (?:it|things|everything|this"
                + " (?:now|tonight|for good|forever|once and for all|today|life)|my suffering|the suffering|my pain"
                + " for good)\\b");
        rule("want-to-dead", c, "(?:want|wants|wanted|wanna|wish) to (?:be )?dead\\b");
        rule("want-to-die", c, "(?:want|wants|wanted|wanting|wish|wished|wishing|wishes|ready|hope|hoping|pray"
                + "|praying|plan|planning|deserve|deserves|decided|long|longing|prefer|rather|going|yearn|yearning"
                + "|tempted|trying|tried|like|choose|chose|need|needs|just want|begging|beg|allowed) to (?:just )?"
                + "(?:die|be dead|be gone forever|die already|die now)\\b");
        rule("i-should-die", c, "i (?:should|could|can|might|must|will|would|may|am going to|just want to|just wanna)"
                + " (?:just |simply |really |finally |go |go and |rather |as well |honestly )*(?:die|be dead)\\b");
        rule("let-me-die", c, "(?:let|leave) me (?:just )?die\\b");
        rule("rather-die", c, "(?:rather|prefer to|prefer) (?:just )?(?:be dead|die|not exist|not be alive|not be"
                + " here|not wake up|be gone)\\b");
        rule("wish-dead", c, "wish (?:that )?i (?:was|were|could be|would be|had been|could just be) (?:dead|gone"
                + " forever|never born|not alive|not here|not born|not around|in the ground|with \\w+ in heaven)\\b");
        rule("wish-die", c, "wish (?:that )?i (?:could|would|had|might|will) (?:just |simply |finally )?(?:die"
                + "|died|disappear|vanish|stop existing|not exist|sleep forever|fall asleep forever|never wake"
                + "|not wake|go to sleep forever|cease to exist|be dead|be gone)");
        rule("wish-never-born", c, "wish (?:that )?i (?:had |have |was |were |would |would have )?(?:never|not) (?:been born|born"
                + "|existed|exist|woke up|wake up|have to wake up)");
        rule("wish-not-exist", c, "wish (?:that )?i (?:did not|do not|would not|will not|could not|did n t) (?:\\w+"
                + " )?(?:exist|wake up|have to wake up|wake)\\b");
        rule("not-want-live", c, "(?:do|does|did) not (?:really |even |actually |honestly )?(?:want|wish|care) to"
                + " (?:live|be alive|exist|go on|continue living|be here|wake up|keep living|keep going|be on this"
                + " earth|be in this world|survive|carry on|get up anymore|be anymore|see tomorrow|live anymore"
                + "|breathe|be around anymore)\\b(?! (?:a|an|the|my|with|to|for|about|medication|meds|antidepressants|ketamine|spravato|vacation|holiday|trips?|dates?|leave|record|that|this|it|them|treatment|infusions?)\\b)");
        rule("no-want-live", c, "(?:no longer|not|never) (?:want|wanting|wanted|wish|wishing) to (?:live|be alive"
                + "|exist|be here|wake up|go on|keep going)\\b(?! (?:a|an|the|my|with|to|for|about|medication|meds|antidepressants|ketamine|spravato|vacation|holiday|trips?|dates?|leave|record|that|this|it|them|treatment|infusions?)\\b)");
        rule("care-live-die", c, "(?:do not|does not|did not) (?:really |even )?care (?:if|whether) (?:i|he|she"
                + "|they) (?:live|lives|die|dies|wake|wakes|make it|survive)");
        rule("tired-of-living", c, "(?:tired|sick|exhausted|weary|done|finished|through) (?:of|with) (?:living"
                + "|life|being alive|existing|this life|my life|waking up|it all|being here|breathing|being me"
                + "|everything and everyone|this world|this existence)\\b");
        rule("no-reason-to-live", c, "(?:no|nothing|zero|not any|not a single|not one|lost my|lost the|lost all"
                + "|have no|without a|without any|not see|see no|can not see|do not see|find no|can not find|do not"
                + " have a|do not have any) (?:\\w+ )?(?:reason|reasons|point|purpose|will|desire|motivation)"
                + " (?:to|in|for) (?:live|living|life|(?:go|going) on(?! (?:a|an|the|my|with|vacation|holiday|trips?"
                + "|meds|medication|it|this|that)\\b)|keep going|stay alive|staying alive|be here"
                + "|being here|being alive|be alive|wake up|get up anymore|carry on|try anymore|exist|continue living"
                + "|continue to live|continue live|keep on living|keep breathing"
                + "|existing|keep living|stay here)\\b");
        rule("nothing-to-live-for", c, "(?:nothing|no one|nobody|none|not much|nothing left|no one left)"
                + " (?:left )?to live for\\b");
        rule("not-worth-living", c, "(?:not|no longer|never|is|isnt|hardly) worth (?:living|it anymore|living for"
                + "|saving|the pain anymore|being alive)\\b");
        rule("life-not-worth", c, "(?:life|living|my life|existence|being alive) (?:is|feels|seems|has become)"
                + " (?:just |really |honestly |so |completely |totally )?(?:pointless|meaningless|hopeless|unbearable"
                + "|a burden|too painful|not worth (?:it|living)|no longer worth|over|empty and pointless"
                + "|not worth it anymore)\\b");
        rule("whats-the-point", c, "what is the point (?:of|in) (?:living|life|anything|going on|trying"
                + " anymore|being alive|existing|it all|waking up|getting up|me|carrying on|staying)\\b");
        rule("point-anymore", c, "(?:what is the|there is no|no|not any|do not see the|can not see the|see no)"
                + " point (?:anymore|any more|in anything|to anything|in going on|in carrying on|to life|in life)\\b");
        rule("cant-go-on", c, "(?:can not|could not|can no longer|unable to|no longer able to|do not know if i"
                + " can|do not think i can|not sure i can) (?:go on|keep going|keep living|carry on|live like this"
                + "|live with this|live this way|keep doing this|survive this|hold on|take it anymore|take this"
                + " anymore|do this anymore|do it anymore|do life|handle life|handle living|be alive|exist)\\b(?! (?:a|an|the|my|with|to|for|about|medication|meds|antidepressants|ketamine|spravato|vacation|holiday|trips?|dates?|leave|record|that|this|it|them|treatment|infusions?)\\b)");
        rule("cant-anymore", c, "(?:can not|could not|can no longer|unable to) (?:do|take|handle|bear|stand|live"
                + "|deal with|cope with|face|fight) (?:this|it|life|the pain|this pain|living|this life|myself|my"
                + " life|any of it|everything|it all) (?:anymore|any more|any longer|much longer|no more)\\b");
        rule("better-off", c, "better off (?:without me|dead|gone|not existing|not alive|not here|if i)\\b");
        rule("be-better-without-me", c, "(?:would|will|could|might) (?:all )?be (?:better|happier|easier|fine"
                + "|free|relieved) (?:off )?(?:without me|if i (?:was|were|died|disappeared|left|was not|were not"
                + "|did not|never|just|killed|ended|wasnt)|when i am gone|once i am gone|with me gone|with me dead)");
        rule("everyone-better-off", c, "(?:everyone|everybody|the world|my family|my kids|my"
                + " children|the kids|my husband|my wife|my partner|my parents) (?:would|will|could|might) (?:all )?"
                + "(?:be|do) better (?:off|without)\\b");
        rule("nobody-miss", c, "(?:no one|nobody|noone|no body|not a single person|not one person|none of them)"
                + " (?:would|will|is going to|even|really|would even|will even|would really|will really|would"
                + " actually|will actually|would ever|would probably) (?:\\w+ ){0,2}(?:miss|notice|care|cry|come"
                + " to my funeral|realize|know)\\b");
        rule("burden", c, "(?:burden|drain|weight)(?<!financial burden|financial drain|money burden) (?:to|on|for) (?:everyone|everybody|my family|them|others|people"
                + "|my kids|my husband|my wife|my partner|my parents|the people|you all|the world|my loved ones"
                + "|everyone i love|my friends)\\b");
        rule("i-am-burden", c, "i am (?:just |such |only |nothing but |a |so much of )*(?:a )?(?:burden|waste of"
                + " space|waste of air|waste of oxygen|waste of life)\\b");
        rule("when-gone", c, "(?:if|when|after|once) i (?:am|was|were|m) (?:gone|dead|not here|no longer here|not"
                + " around|no longer around|in the ground|six feet under)\\b");
        rule("if-i-died", c, "(?:if|when|after) i (?:died|die|killed myself|disappeared|was to die|were to die|did"
                + " not wake up|never woke up|do not wake up|never wake up|stop breathing)\\b");
        rule("want-disappear", c, "(?:want|wants|wanting|wish|wishing|going|need|needs|ready|plan|planning|would"
                + " like|like|try|trying|hope|hoping) to (?:just )?(?:disappear|vanish|not exist|stop existing|cease"
                + " to exist|not be alive|not be here|not wake up|never wake up|sleep forever|leave this world"
                + "|leave this earth|go away forever|go to sleep forever|fall asleep forever|fade away"
                + "|stop breathing|leave forever|not be here anymore)\\b");
        rule("stop-existing", c, "(?:stop|cease|ceasing|stopping|stopped) (?:to )?exist(?:ing)?\\b");
        rule("not-wake-up", c, "(?:make sure|ensure|so that|guarantee|enough that|so|sure) (?:i |that i )?(?:do not"
                + "|would not|will not|never|wont) (?:ever )?wak(?:e|ing) up\\b|(?:hope|hoping|wish|wishing|pray|praying|want|wanting|rather|prefer|plan"
                + "|planning|better if|take to|to|and|then|just|go to sleep and|fall asleep and|sleep and|would"
                + " be nice to|okay if i|fine if i|glad if i) (?:i |that i )?(?:do not|would not|will not|did not"
                + "|never|not|wont) (?:ever )?(?:\\w+ )?wak(?:e|ing) up\\b");
        rule("never-wake-again", c, "(?:never|not) (?:wake|waking|wake up|waking up|open my eyes) again\\b");
        rule("sleep-forever", c, "(?:sleep|asleep|sleeping|rest|resting) (?:forever|for ever|permanently|for good"
                + "|eternally|and never wake|and not wake|and never come back|and not come back|for eternity)\\b");
        rule("eternal-sleep", c, "(?:(?:eternal|permanent|endless|forever|final) (?:sleep|rest)|(?:eternal|forever)"
                + " nap|big sleep)\\b");
        rule("method-self", c, "(?:hang|hanging|hanged|hung|shoot|shooting|shot|stab|stabbing|stabbed|drown"
                + "|drowning|drowned|poison|poisoning|poisoned|strangle|strangling|strangled|suffocate|suffocating"
                + "|suffocated|starve|starving|starved|burn|burning|burned|burnt|burns|cut|cutting|cuts|slice"
                + "|slicing|sliced|slit|slitting|slash|slashing|hurt|hurting|hurts|harm|harming|harmed|harms|injure"
                + "|injuring|injured|punish|punishing|hit|hitting|punch|punching|bash|bashing|choke|choking|gas"
                + "|gassing|electrocute|electrocuting|off|offing|offed|unalive|unaliving|unalived|delete|deleting"
                + "|end|ending|ended|destroy|destroying|overdose|overdosing|overdosed|mutilate|mutilating|erase"
                + "|erasing|smother|smothering|carve|carving|asphyxiate|execute|finish|bleed|yeet|yeeting) (?:{refl}|my self)"
                + "(?! (?:up|out of|to (?:sleep|exhaustion)|into work))\\b");
        rule("throw-self", c, "(?:throw|throwing|threw|thrown|fling|flinging|hurl|hurling) (?:{refl}|my self)"
                + " (?:off|under|in front|from|out of|out the|out a|into traffic|into the river|into the sea|into"
                + " the ocean|into the lake|onto the tracks|on the tracks|down)\\b");
        rule("cut-body", c, "(?:slit|slitting|slice|slicing|cut|cutting|slash|slashing|open|opening|carve|carving"
                + "|burn|burning|stab|stabbing) (?:open )?(?:my|his|her|their|your) (?:own )?(?:wrists?|throat|veins?"
                + "|arms?|thighs?|legs?|skin|stomach|belly|forearms?|wrist open|wrists open)\\b");
        rule("jump-from", c, "(?:jump|jumping|jumped|leap|leaping|leaped|leapt|dive|diving|dove|fall|falling"
                + "|throw myself|hurl myself) (?:off|from|in front of|into|under|onto|out of|down|in) (?:a |the |my"
                + " |this |that |an |some |oncoming )?(?:top of a |top of the |roof of a |roof of the )?(?:bridge"
                + "|building|roof|rooftop|cliff|balcony|overpass|ledge|tower|parking garage|window|train|bus|truck"
                + "|car|cars|traffic|subway|tracks|train tracks|railway|highway|freeway|motorway|river|tall building"
                + "|skyscraper|semi|lorry|oncoming traffic|metro)\\b");
        rule("walk-into-traffic", c, "(?:walk|walking|walked|step|stepping|stepped|run|running|ran|lie|lying|lay"
                + "|laying) (?:in front of|into|out into|onto|under|down on) (?:a |the |an |some |oncoming )?(?:train"
                + "|bus|truck|car|cars|traffic|oncoming traffic|subway|tracks|train tracks|semi|lorry|highway|freeway"
                + "|motorway|metro)\\b(?<!(?:run|ran|running) into traffic)");
        rule("drive-off-road", c, "(?:drive|driving|drove|crash|crashing|swerve|swerving|steer|steering) (?:my |the"
                + " )?(?:car |truck )?off (?:the |a )?(?:road|cliff|bridge|highway|overpass|freeway|pier|edge)\\b");
        rule("drive-into", c, "(?:drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving|ram"
                + "|ramming|wreck|wrecking) (?:my |the |his |her )?(?:car |truck |vehicle )?(?:into|off|in front of)"
                + " (?:a |the |an |oncoming |some )?(?:tree|wall|bridge|cliff|pole|truck|river|lake"
                + "|barrier|embankment|oncoming traffic|semi|ditch|overpass|lorry|pillar|concrete|guardrail|ocean)\\b");
        rule("on-purpose", c, "(?:crash|crashed|crashing|overdose|overdosed|overdosing|took|take|taking|cut|cutting"
                + "|hurt|hurting|burned|burn|burning|hit|hitting|swallowed|swallow|drank|drink|crashed|fell|jump"
                + "|jumped|starve|starving|stopped eating|drove|drive) (?:\\w+ ){0,5}on purpose\\b");
        rule("gun-to-head", c, "(?:gun|pistol|revolver|barrel|rifle|shotgun|firearm|weapon|service weapon|glock) (?:to|in|against|into|under)"
                + " (?:my|his|her|their) (?:own )?(?:head|mouth|temple|chest|chin|heart)\\b");
        rule("brains-out", c, "(?:blow|blowing|blew|blown|put|putting|shoot|shooting) (?:my|his|her|their) (?:own )?"
                + "brains? out\\b");
        rule("bullet", c, "(?:bullet|round) (?:in|through|into) (?:my|his|her|their) (?:own )?(?:head|brain|skull"
                + "|mouth|heart|temple)\\b");
        rule("eat-gun", c, "(?:eat|eating|ate|swallow|swallowing) (?:a|my|his|her|the) (?:own )?(?:bullet|gun"
                + "|barrel|shotgun|pistol)\\b");
        rule("pull-trigger", c, "pull (?:the|that) trigger\\b");
        rule("noose", c, "nooses?\\b");
        rule("rope", c, "(?:tie|tied|tying|made|make|making|bought|buy|buying|got|have|has|ordered|found|set up"
                + "|hung|hang|hanging|tested|test|checked) (?:a |the |my |some |up a |up the |up my )?(?:rope"
                + "|ropes|noose)\\b");
        rule("rope-ready", c, "(?:rope|noose) (?:is |s )?(?:ready|tied|set up|up|around my neck|in my"
                + " car|in the closet|in the garage|on the beam|waiting|strong enough)\\b");
        rule("bleed-out", c, "bleed(?:ing)? out\\b");
        rule("overdose-intent", c, "(?:want|wants|wanted|wanting|going|plan|plans|planned|planning|ready|about to"
                + "|decided|trying|tried|try|tries|thinking about|thought about|think about|going to|intend|intending"
                + "|tempted|will|would|might|could|should|gonna|just|urge to|urges to|need to|considering) (?:to )?"
                + "(?:just |finally |simply |really |deliberately |intentionally )?(?:overdose|od|overdosing)\\b"
                + "(?! risk| symptoms| signs| on accident| by accident| accidentally)");
        rule("take-all-pills", c, "(?:take|taking|swallow|swallowing|down|downing|chug|chugging|pop|popping|eat"
                + "|eating|use|using|inject|injecting|snort|snorting|drink|drinking) (?:all|every one of|everything in"
                + "|the whole|a whole|an entire|the entire|all of|the rest of|handfuls of|a handful of|a bunch of|a lot"
                + " of|lots of|loads of|tons of|a ton of|a bottle of|the"
                + " bottle of|a full bottle of|two bottles of|the pack of|a box of|a month s worth of|a months"
                + " worth of|weeks of|months of|double|triple|every|all the|whatever) (?:of )?(?:my |his |her |the"
                + " |these |those |their |your |our |mom s |dad s |this |that )?(?:\\w+ ){0,2}{pills}\\b(?! (?:in the"
                + " morning|at night|every|each|daily|with|before|after|at the same time|on time|as prescribed|in the"
                + " evening|at bedtime|like i am supposed|like i should|regularly|together)\\b)");
        rule("take-too-much-intent", c, "(?:going to|want to|gonna|will|plan to|planning to|about to|ready to"
                + "|i should|should i just|i might|i could|decided to|tempted to) (?:just )?(?:take|swallow|down|pop"
                + "|use|do|eat|drink|snort|inject) (?:way |far )?too (?:much|many)\\b");
        rule("lone-death-word", c, "^(?:i )?(?:die|dying|death|dead|i want death|end me|kill me|unalive|suicide"
                + "|kms|kys|ctb|end it|goodbye forever|help me die|let me die)$");
        rule("means-and-intent", c, "(?:gun|rope|pills|pistol|noose|firearm|razor|blade|knife|meds|bottle)"
                + " (?:\\w+ ){0,8}(?:going to do it|do it tonight|use it on myself|use it tonight|know what i am going"
                + " to do|know what i have to do|what i need to do|end it|end this|be done with it|not be here)\\b");
        rule("except-dying", c, "(?:except|but|other than|besides|apart from|only) (?:for )?(?:by )?(?:dying|death"
                + "|suicide|to die|killing myself|ending it|ending my life|to end it|to kill myself|to end my life"
                + "|ending things|ending everything|ending it all|to end things|end things)\\b");
        rule("esl-reflexive-me", c, "i (?:am |was |will |want |want to |think |thinking |think to |keep |always"
                + " |sometimes |try to |going to |wanna )?(?:\\w+ ){0,2}(?:kill|killing|cut|cutting|throw|throwing|hurt"
                + "|hurting|harm|harming|burn|burning|hang|hanging|poison|poisoning|stab|stabbing|finish|finishing"
                + "|shoot|shooting|make) me(?: (?:in the|from the|with|off|dead|die|hurt|bleed|suffer|disappear|out))"
                + "?\\b(?! (?:up|laugh|smile|happy|feel better|feel good|crazy|mad|think|wonder|want|a text|an email"
                + "|know|a call|off guard|sick))");
        rule("think-to", c, "(?:think|thinking|thought|decide|decided|plan|planning) (?:to|of|in) (?:finish|end"
                + "|kill|die|dying|take all|throw me|throw myself|jump|cut me|cut myself|hang|suicide|go away from"
                + "|not live|not wake)\\b");
        rule("finish-life", c, "(?:finish|finishing|end|ending|stop|stopping) (?:with )?(?:my|this) (?:life|lifes"
                + "|existence)\\b");
        rule("esl-not-want-live", c, "(?:not|no|never) (?:want|wish|wanna) (?:to )?(?:live|living|wake up|wake"
                + "|be alive|exist|continue living|stay alive|be here)\\b" + "(?! (?:in|with|near|alone|at|there|like that|on)\\b)");
        rule("better-if-gone", c, "(?:better|easier|happier|best|lighter|simpler|good) (?:for (?:\\w+ ){1,3})?(?:if|when"
                + "|that|once) i (?:just |simply |finally )?(?:am not|was not|were not|wasnt|not|did not exist|do not"
                + " exist|am not exist|not exist|die|died|was dead|were dead|am dead|disappear|disappeared|was gone|were"
                + " gone|am gone|never (?:existed|was born|woke up)|was not here|were not here|was not around|left"
                + " forever|did not wake up|killed myself|ended it)\\b");
        rule("better-to-die", c, "better (?:to|that i|if i just) (?:die|be dead|not exist|not be alive|disappear|not"
                + " wake up|not be here|end it)\\b");
        rule("want-to-be-gone", c, "(?:want|wanna|wish) to (?:just )?be gone(?:$| forever| for good| already| now"
                + "| from this)");
        rule("want-to-jump", c, "(?:want|going|ready|about|plan|planning|thinking about|think about|urge|urges"
                + "|tempted|trying not|need) (?:to )?(?:just )?jump\\b(?! (?:in|into|on|at|right|back|ahead|through"
                + "|the gun|start|to conclusions|straight|for joy|rope|around)\\b)");
        rule("standing-at-edge", c, "(?:standing|stood|sitting|sat|stand|sit|am|is|are|keep standing|climbed"
                + "|climbing|up) (?:on|at|onto|over) (?:the |a |my |this |top of the |the top of the )?(?:edge of"
                + " (?:the |a |my |this )?)?(?:roof|ledge|bridge|balcony|rooftop|overpass|cliff|cliff edge|tracks"
                + "|train tracks|railing|parapet|edge)\\b");
        rule("use-on-self", c, "(?:use|using|used|turn|turning|point|pointing) (?:it|the gun|a gun|my gun|his gun"
                + "|her gun|that|them|the pills|the knife|the rope|the blade|a knife|my weapon|the weapon) (?:on|against"
                + "|at) (?:{refl}|my head)\\b");
        rule("get-weapon-self", c, "(?:going to|gonna|will|want to|plan to|about to|ready to|i could|i might|i am"
                + " going to) (?:just )?(?:use|grab|get|take|borrow|load) (?:\\w+ ){0,3}(?:gun|pistol|rifle|shotgun"
                + "|firearm|revolver|service weapon|rope|noose|razor|blade)\\b(?! (?:license|licence|safety|course"
                + "|class|permit|lock|range))");
        rule("the-night-i", c, "(?:night|day|time|moment|week|weekend|hour) (?:i|when i|that i) (?:will |am going"
                + " to |finally )?(?:end it|end things|end everything|end my life|die|kill myself|do it|go through with"
                + " it)\\b|(?:i|i will|i am going to) end it(?:$| tonight| today| now| soon| this week| for good)");
        rule("had-enough-life", c, "(?:had enough|have enough|had it) (?:of|with) (?:life|living|everything|this"
                + " life|being alive|it all|existing|this world|being here)\\b");
        rule("nothing-left-for-me", c, "nothing (?:left )?(?:for me|to live for|left to live|worth living for)"
                + "(?! (?:to (?:do|try|pay|book|lose)))\\b");
        rule("not-around-by", c, "(?:will not|would not|am not going to|may not|might not|probably will not|not going"
                + " to|do not think i will|do not think i am going to|do not plan to|do not intend to|do not expect to"
                + "|not planning to|not planning on|no plans to) (?:be|still be|stay) (?:here|around|alive|in this"
                + " world|on this earth|breathing)(?:$| (?:next|by|for|at|in|after|when|to see|to take|to look|to"
                + " feed|to care|much|long|anymore|any more|past|through|until|till|this time))");
        rule("make-it-through", c, "(?:will not|not going to|do not think i will|do not think i can|do not know if"
                + " i will|do not know if i can|might not|may not|can not|probably will not|not sure i will|not sure i"
                + " can|doubt i will|doubt i can) (?:make it|last|survive|hold on|hang on|live|keep going)(?:$|"
                + " (?:through|past|till|until|to|another|much longer|the)(?: the| this| next| my)? ?(?:night|tonight"
                + "|today|tomorrow|weekend|week|month|year|christmas|birthday|morning|friday|monday|tuesday|wednesday"
                + "|thursday|saturday|sunday|new year|holidays|spring|summer|winter|fall|day|much longer)\\b(?!"
                + " (?:appointment|session|infusion|consult|meeting|visit|class|booking|shift)))");
        rule("how-long-can-last", c, "(?:how (?:much )?long(?:er)?|how much more) (?:i can|can i|i will be able to"
                + "|i could) (?:last|hold on|keep going|go on|survive|take (?:it|this)|do this|cope|hang on|live like"
                + " this|keep living|stay alive|handle (?:it|this))\\b");
        rule("before-i-do-something", c, "before i (?:do something|hurt myself|end it|kill myself|do it|lose it|end"
                + " up dead|take my life|give up for good|snap)\\b");
        rule("join-late", c, "(?:join|be with|see|reunite with|go be with|go to) (?:my )?(?:late|dead|deceased"
                + "|passed|departed) \\w+|(?:ready|want|going|time) to join (?:him|her|them|my \\w+)\\b");
        rule("not-come-home", c, "(?:want|wants|wanting|wish|plan|planning|going|hope) to (?:just )?not (?:come|go"
                + "|make it) (?:back|home)\\b");
        rule("how-i-would-do-it", c, "(?:think|thinking|thought|planned|planning|know|figured out|decided|imagine"
                + "|imagining|picture|picturing|researching|researched|googling|googled) (?:about )?(?:how|when"
                + "|where) i (?:would|will|could|am going to|might|should|am gonna) (?:do it|end it|die|end things"
                + "|kill myself|end my life)\\b");
        rule("means-at-hand", c, "(?:looking at|looked at|staring at|stared at|reaching for|reached for|holding"
                + "|counting|counted|lined up|laid out|laying out|sorting|sorted|got out|took out|emptied) (?:all )?(?:of"
                + " )?(?:the |my |a |this |these |those |his |her )?(?:\\w+ )?(?:pills|meds|pill bottle|bottle of"
                + " pills|razor|razors|blade|blades|knife|gun|rope|noose|tablets|belt|pills again|sleeping pills)\\b"
                + "|(?:pills|meds|bottle of pills|razor|blade|knife|gun|rope|noose|tablets|pill bottle) (?:\\w+ ){0,3}"
                + "(?:next to me|in front of me|in my hand|in my lap|on my lap|lined up|laid out|on the table|ready"
                + "|beside me|counted out|right here|in my pocket)\\b");
        rule("pills-saved", c, "{pills} (?:saved|stashed|stockpiled|hidden away|put aside|set aside|kept aside|saved"
                + " up|hoarded|squirreled away)\\b|(?:keeping|kept|putting|put|setting|set|hiding|hid) (?:\\w+ ){0,3}"
                + "{pills} (?:aside|away for|in reserve|hidden|back for)\\b|for when i (?:decide|am ready|finally do"
                + " it|go through with it|need (?:them|it) for|end it)\\b");
        rule("do-it-tonight", c, "(?:going to|gonna|will|might|could|plan to|planning to|about to|ready to|want"
                + " to|i) (?:finally )?(?:do it|go through with it|try again|try it again|act on it|act on (?:these|the"
                + "|my) thoughts) (?:tonight|today|now|soon|this weekend|this time|when|after|before|right now)\\b");
        rule("why-still-here", c, "(?:why|reason|point) (?:i|me) (?:should|would|need to|have to|even) (?:still )?"
                + "(?:be here|be alive|stay alive|keep living|keep going|live|exist|go on|wake up)\\b");
        rule("see-no-point", c, "(?:not|never|no longer|can not|do not|does not|did not|could not) (?:really |even"
                + " )?see (?:the |any |a )?(?:point|reason|purpose) (?:in|of|to|for) (?:living|life|going on|being"
                + " alive|anything anymore|existing|carrying on|staying|trying anymore|continuing|live|being here"
                + "|waking up)\\b");
        rule("slang-methods", c, "(?:toaster (?:bath|bathtub)|(?:take|taking|took) a toaster|(?:yeet|yeeting|yeeted"
                + "|launch|launching|toss|tossing) (?:{refl}|my self) (?:off|out|in front|into)|(?:log|logging|logged"
                + "|sign|signing|signed) (?:off|out) (?:of life |from life )?(?:permanently|for good|forever|for ever"
                + "|of life|from life)|(?:permanent|dirt|eternal|forever|long long) (?:nap|sleep|vacation from life)"
                + "|rope (?:time|szn|season)|catch the bus for good|(?:go|going) (?:to )?(?:six feet|6 feet) under"
                + "|(?:unsubscribe|unsubscribing|uninstall|uninstalling|delete|deleting) from life)\\b");
        rule("looking-forward-dead", c, "(?:looking forward to|can not wait to|can not wait until|excited to|long to"
                + "|longing to|dream of|dreaming of|dreaming about) (?:be |being |finally being )?(?:dead|dying|die"
                + "|death|gone forever|not existing|my death|the end of my life|my funeral)\\b");
        rule("picture-funeral", c, "(?:picturing|imagining|visualizing|visualising|imagine|picture|planning|planned"
                + "|think about|thinking about) (?:my |my own )(?:funeral|death|grave|obituary)\\b|(?:picturing"
                + "|imagining|imagine|picture) (?:myself|me) (?:dead|gone|in a coffin|hanging)\\b");
        rule("high-enough", c, "(?:high|tall) enough (?:to |so |that )?(?:\\w+ ){0,4}(?:die|kill|not survive|be"
                + " fatal|end it|survive)\\b|which (?:bridge|building|cliff|overpass|parking garage|roof|tower) (?:\\w+"
                + " ){0,4}(?:high|tall|enough|fatal|deadly|to jump)\\b|(?:not|never|do not|would not|will not|no one"
                + " can|nobody can|can not) survive (?:the fall|the jump|a fall|that fall|that height)\\b");
        rule("gun-buy-today", c, "(?:buy|get|purchase|find) (?:a |the )?(?:gun|firearm|pistol|rope|noose|rifle)"
                + " (?:\\w+ ){0,6}(?:for me|for myself|today|tonight|no waiting period|without a waiting period"
                + "|quickly|fast|no questions)\\b");
        rule("highest-dose-before", c, "(?:highest|maximum|max|biggest|most|largest|strongest) (?:dose|amount"
                + "|dosage) (?:\\w+ ){0,4}(?:before|until|that would|that will|that could|to) (?:\\w+ ){0,3}(?:stop"
                + "|stops|die|kill|kills|fatal|lethal|not wake|shut down|shuts down)\\b");
        rule("which-pills-mix", c, "which (?:pills|meds|drugs|ones|medications) to (?:mix|combine|overdose on|take"
                + " to die|take all)\\b");
        rule("last-time-hear", c, "last time (?:you|anyone|they|you all|anybody|everyone) (?:will |ll )?(?:ever )?"
                + "(?:hear from|see|talk to|speak to) me\\b");
        rule("goodbye-now", c, "(?:saying|say|said|wanted to say|texting|texted|sending) (?:my )?(?:goodbye|goodbyes"
                + "|bye) (?:now|tonight|forever|for good|for the last time|before i go|before i leave|before i die)\\b"
                + "|(?:goodbye|bye|farewell) (?:\\w+ ){0,6}before i (?:go|leave|die|do it|am gone)\\b|goodbye (?:\\w+"
                + " ){0,3}it is time\\b");
        rule("sorry-everyone-leaving", c, "sorry (?:to|for) (?:everyone|everything|all of you|being a burden|what"
                + " i am about to do|what i am going to do|the pain i caused|leaving you|leaving like this)(?: (?:\\w+"
                + " ){0,6}(?:leaving|goodbye|bye|tonight|last|gone|forever|for good))?\\b(?<!sorry for everything)"
                + "(?<!sorry to everyone)(?<!sorry for all of you)");
        rule("note-saying-sorry", c, "(?:note|letter|text|message|voicemail) (?:\\w+ ){0,3}(?:saying|that said"
                + "|says|that says|telling (?:me|us)) (?:\\w+ )?(?:sorry|goodbye|i love you|bye|forgive me|it is not"
                + " your fault|not to blame)\\b|(?:wrote|left|sent) (?:a |me a |us a |her a |him a )?(?:note|letter)"
                + " (?:\\w+ ){0,6}(?:left|gone|missing|not answering|will not pick up|will not answer|not picking up"
                + "|disappeared|can not find|can not reach|walked out)\\b");
        rule("last-night-of", c, "(?:is|was|will be) (?:my|her|his|their) last (?:night|day) (?:alive|on earth|on"
                + " this earth|here|ever|and)?\\b(?! (?:of|at|in|off|before|with|working))");
        rule("texted-goodbye", c, "(?:texted|messaged|sent|called|wrote|told|emailed|posted) (?:me |us |everyone |his"
                + " |her |their )?(?:a )?(?:goodbye|bye|farewell)(?: (?:text|message|note|letter|post))?\\b(?!"
                + " (?:and thanks|from the))");
        rule("not-your-fault", c, "(?:let|tell|make sure) (?:\\w+ ){1,3}(?:know )?(?:that )?(?:it|this) (?:was"
                + " not|is not|will not be|wasnt|isnt) (?:\\w+ )?fault\\b");
        rule("until-it-bleeds", c, "(?:punch|punching|punched|bang|banging|banged|scratch|scratching|scratched|hit"
                + "|hitting|burn|burning|bite|biting|pull|pulling|pick|picking|carve|carving|slam|slamming|cut"
                + "|cutting) (?:\\w+ ){0,6}(?:on purpose|until (?:it|i|they|my \\w+) (?:bleed|bleeds|bled|break"
                + "|breaks|broke|bruise|bruises|scar|scars|go numb|pass out|feel something|hurts)|to feel something"
                + "|to punish myself|to feel pain|so i can feel|so i feel something)\\b");
        rule("carve-into", c, "(?:carve|carved|carving|cut|cutting|slice|sliced|slicing|etched|etching|scratched"
                + "|scratching) (?:into|in|up|open) (?:my|his|her) (?:\\w+ )?(?:arms?|wrists?|thighs?|legs?|skin"
                + "|stomach|hips?|body|forearms?)\\b");
        rule("sh-is", c, "sh (?:is|was|helps|helped|has been|makes|made|again|tools|kit|scars|urges|relapse)\\b");
        rule("want-out-of-life", c, "(?:want|need|wish|looking for a way) out (?:of )?(?:this |my )?(?:life|world"
                + "|existence|everything forever)\\b");
        rule("giving-away-their", c, "(?:gave|giving|give|gifting|gifted|given) away (?:all )?(?:of )?(?:his|her|their)"
                + " (?:stuff|things|belongings|possessions|pets|cat|dog|clothes|books|games|money|savings|guitar"
                + "|valuables|prized|jewelry|favorite)\\b");
        rule("updated-will", c, "(?:updated|wrote|made|finished|signed|redid|changed) my will (?:\\w+ ){0,8}(?:i am"
                + " done|goodbye|tonight|ready|done|bye|it is time)\\b|left (?:\\w+ )?instructions for (?:my|everyone"
                + "|the)\\b");
        rule("made-peace", c, "made (?:my )?peace with (?:it|dying|death|my decision|leaving|going|my choice|the"
                + " decision|ending it|not being here)\\b");
        rule("go-peacefully", c, "(?:way to|how to|to|could i|can i|want to) (?:go|pass|die|end it) (?:without pain"
                + "|painlessly|peacefully|quietly|in my sleep|without suffering|without anyone knowing|forever|for"
                + " good)\\b");
        rule("pills-take-all", c, "{pills} (?:\\w+ ){0,8}(?:take|taking|swallow|swallowing|took) (?:them all|all of"
                + " them|all at once|every one of them|the whole (?:bottle|lot|thing)|all of it)\\b|(?:take|taking"
                + "|swallow|swallowing|took|down) (?:\\w+ ){1,6}(?:at once|at the same time|in one go|all together)"
                + " (?:\\w+ ){0,3}(?:die|kill|quick|wake|fatal|lethal|enough|be over|painless|do it|stop)\\b|(?:take"
                + "|taking|swallow|took) (?:my|the|a|all my|his|her) (?:whole|entire|full) (?:\\w+ ){0,3}(?:at"
                + " once|in one go)\\b");
        rule("want-it-over", c, "want (?:it|my life|life|everything|it all|this) (?:all )?(?:to be )?over(?:$"
                + "| already| now| forever| for good| i| and)\\b");
        rule("want-to-end-bare", c, "(?:want|wanna|going|ready|need) to end$");
        rule("have-gun-thinking", c, "(?:gun|pistol|rifle|firearm|weapon|pills|rope) (?:\\w+ ){0,6}(?:thinking of"
                + " using|thinking about using|going to use|use it|using it) (?:it |them )?(?:on myself|tonight|to"
                + " end|to die)\\b");
        rule("saving-pills", c, "(?:saving|save|saved|stockpiling|stockpile|stockpiled|hoarding|hoard|hoarded"
                + "|stashing|stash|stashed|hiding|hid|squirreling|building up|saving up|skipping"
                + " and saving|storing up) (?:up )?(?:all |some |enough )?(?:of"
                + " )?(?:my |his |her |their |the |these |extra |enough |a bunch of |a lot of )?(?:\\w+ ){0,2}"
                + "{pills}\\b(?! for (?:emergencies|travel|later use|my trip))");
        rule("stockpile", c, "stockpil\\w*\\b");
        rule("enough-to", c, "enough (?:\\w+ ){0,4}to (?:kill|die|end it|end my|end things|overdose|od|not wake"
                + "|never wake|stop my heart|stop a heart|do the job|do it|be fatal|be lethal|finish me|take me out"
                + "|put me down|put me to sleep forever|knock me out forever)\\b");
        rule("how-much-to-die", c, "(?:how|what) (?:much|many|amount|dose|quantity|number|mg|milligrams)(?: of)?"
                + " (?:\\w+ ){0,6}(?:to|would|will|could|does it take to|do i need to|it takes to|it would take to"
                + "|until|before|is|are|can|needed to|would it take to|till) (?:\\w+ ){0,3}(?:die|kill|killed|overdose"
                + "|od|be fatal|be lethal|be deadly|not wake|never wake|stop (?:my|your|the|a|someone s) heart"
                + "|end it|end my life|fatal|lethal|deadly|dead|stop breathing|kill me|kill someone|kill a person"
                + "|put me to sleep forever|shut down (?:my|your|the|a) (?:liver|heart|kidneys|organs)|for good|not"
                + " survive|stop (?:my|your|the|a) (?:liver|breathing|kidneys))\\b");
        rule("lethal", c, "(?:lethal\\w*|fatal|fatally|fatality|fatalities|ld ?50)\\b");
        rule("deadly-dose", c, "(?:deadly|toxic|killing|overdose) (?:dose|doses"
                + "|amount|amounts|level|levels|quantity|limit|threshold|dosage)\\b(?! of (?:anxiety|stress))");
        rule("can-it-kill", c, "(?:can|could|would|will|does|do|did|is|might|may)(?<!(?:he|she|they|husband|wife"
                + "|boyfriend|girlfriend|partner|dad|father|mom|mother|ex|brother|stepdad|son|boss|pimp|uncle) (?:can"
                + "|could|would|will|does|do|did|is|might|may)) (?!(?:he|she|they|my|his|her|him"
                + "|someone|somebody|people|you|u)\\b)(?:\\w+ ){0,3}(?:kill|killed)"
                + " (?:me|you|someone|a person|people|him|her|them|myself|a human|somebody)\\b");
        rule("can-you-die", c, "(?:can|could|would|will|might|may|do|does) (?:you|i|a person|someone|somebody|people"
                + "|he|she|they|it|ketamine|this|that) (?:\\w+ ){0,2}(?:die|be killed|stop breathing|never wake up"
                + "|not wake up)\\b");
        rule("way-to-die", c, "(?:easiest|easy|quickest|quick|fastest|fast|best|surest|sure|painless|painlessly"
                + "|least painful|peaceful|peacefully|simplest|most effective|reliable|quietest|cleanest|gentlest"
                + "|good|quiet|simple|effective|guaranteed) (?:and \\w+ )?(?:way|ways|method|methods|means|option"
                + "|options|route) (?:\\w+ ){0,2}(?:to die|of dying|to kill (?:myself|yourself|oneself)|to end it|to end"
                + " my life|to end things|of killing|of ending it|to not wake|to overdose|of suicide|to commit|to"
                + " disappear forever|to stop living|to check out)\\b");
        rule("how-to-die", c, "(?:how|ways|way|methods|method|best way|how can i|how do i|how would i|how could i"
                + "|how should i|how do you|how does one|how do people|easy way) to (?:die|kill myself|kill yourself"
                + "|end my life|end it|end it all|commit|end your life|not wake up|disappear forever|stop"
                + " living|overdose|od|poison myself)\\b");
        rule("die-painlessly", c, "(?:die|dying|death|end it) (?:painlessly|peacefully|in my sleep|quickly|without"
                + " pain|without feeling it|without anyone knowing)\\b");
        rule("unalive", c, "unaliv\\w*");
        rule("self-delete", c, "self (?:delete|deleting|deleted|deletion|destruct|destructing|termination|terminate"
                + "|terminating|unalive|erase|erasure)\\b");
        rule("self-harm", c, "self (?:harm|harming|harmed|harms|harmer|injur\\w*|mutilat\\w*|inflicted|hurt"
                + "|hurting|destructive|destruction)\\b");
        rule("ctb", c, "ctb\\b");
        rule("kms", c, "kms\\b(?! (?:away|from|to|north|south|east|west|down|drive|walk|per))");
        rule("kys-self", c, "(?:i|me|myself|should|just|gonna|going to|want to|will|might|about to|ready to|could"
                + "|lowkey|literally|bout to|i am|may|finna|gotta|got to|need to|to|might just|should just|prob"
                + "|probably|finna just) (?:\\w+ ){0,2}kys\\b");
        rule("sui", c, "(?:sui (?:thoughts|ideation|attempt|urges|feelings|vibes|mode|plans)|(?:feel|feeling|felt"
                + "|am|been|so|very|lowkey|kinda|kind of|pretty|getting|thinking about|thoughts of|thought about"
                + "|going|really|super|a bit|bit) sui)\\b");
        rule("sh-slang", c, "(?:(?:sh|s h) (?:urges|urge|scars|scar|relapse|relapsed|again|marks|wounds|cuts|habit"
                + "|thoughts|tools|kit|blade|free)|(?:relapsed|relapse|relapsing|clean|doing|did|started|start"
                + "|urges to|urge to|stop|stopped|quit|quitting|from|into|my|urges for|do|resisting|resist) (?:on"
                + " |from |with |of )?sh)\\b");
        rule("cutting-again", c, "(?:cutting|cut|carving) (?:again|deeper|myself again|too deep)\\b");
        rule("started-cutting", c, "(?:started|start|starting|been|keep|kept|began|begun|relapsed|relapse|back to"
                + "|go back to|went back to|going back to|urge to|urges to|want to|wanting to|need to|needing to"
                + "|craving|stop|quit|stopped|quitting|addicted to|used to|resist|resisting|tempted to|thinking about"
                + "|thought about|feel like) (?:\\w+ )?(?:cutting|cut|self harming|carving)"
                + "(?: again| myself| my)?\\b");
        rule("cut-marks", c, "(?:cuts|scars|wounds|burns|marks|gashes|slashes) (?:on|from|all over|up and down)"
                + " (?:my|his|her|their) (?:arms?|wrists?|thighs?|legs?|stomach|body|skin|hips?|forearms?)\\b");
        rule("cutter", c, "(?:i am|was|been|she is|he is|they are|i was) a cutter\\b");
        rule("goodbye", c, "(?:this is|consider this|here is|this is my|it is|this will be) (?:my )?(?:final"
                + " |last |real )?(?:goodbye|farewell|goodbye message)\\b");
        rule("goodbye-forever", c, "goodbye (?:forever|for good|for ever|everyone|everybody|world|cruel world"
                + "|to everyone|to the world|to all of you|my friends|my loves)\\b|(?:bye|farewell) (?:forever|for"
                + " good|for ever|world|cruel world|everyone forever)\\b");
        rule("last-words", c, "(?:final|last) (?:goodbye|goodbyes|farewell|words|breath|wishes)\\b");
        rule("my-last", c, "(?:this is|these are|consider this|this will be|this is probably) my (?:last|final)"
                + " (?:message|words|text|post|goodbye|night)\\b");
        rule("say-goodbye", c, "(?:say|saying|said|wanted to say|want to say|to say|need to say) (?:my )?(?:goodbye"
                + "|goodbyes|bye|farewell|goodbye and thank you|a final goodbye) (?:to|for) (?:everyone|everybody"
                + "|my family|my kids|the world|you all|all of you|my friends|them|the people i love|life|this world"
                + "|my parents|my husband|my wife|my children|my mom|my dad|my son|my daughter|my partner|everything"
                + "|my pets|my dog|my cat|every one|all of them|all my friends|everyone i love)\\b");
        rule("goodbyes", c, "(?:say|saying|said|wanted to say|to say|making|made) (?:my )?(?:last |final )?goodbyes\\b");
        rule("not-hear-again", c, "(?:you|they|nobody|no one|people|anyone|you all|everyone) (?:will not|will"
                + " never|would not|are not going to|will no longer|wont|probably will not) (?:\\w+ ){0,2}(?:hear"
                + " from me|see me|talk to me) (?:again|anymore|any more|after tonight|after today|ever again)\\b");
        rule("wont-be-around", c, "(?:will not|would not|am not going to|may not|might not|probably will not|wont)"
                + " be (?:here|around|alive|with you|on this earth) (?:much longer|for long|tomorrow|by tomorrow"
                + "|next week|next month|next year|anymore|any more|after tonight|after today|to see|when|by morning"
                + "|by the weekend|for much longer|to take care|to look after|to feed|to care for|by christmas|for"
                + " christmas|for the follow up|for my next|by next)\\b");
        rule("tell-them-love", c, "(?:tell|please tell|let|make sure) (?:my )?(?:\\w+ ){0,2}(?:know )?(?:that )?"
                + "i (?:love (?:them|her|him|you|them all)|am sorry|was sorry|did not mean)\\b");
        rule("look-after-pets", c, "(?:take care of|look after|find a home for|feed|care for) my (?:cat|dog|cats"
                + "|dogs|kids|children|pets|plants|fish|bird|son|daughter|baby) (?:for me when|when i am gone|after i am"
                + " gone|after i|when i|once i)\\b");
        rule("giving-away", c, "(?:gave|giving|give|gifting|gifted|given) away (?:all |most )?(?:of )?(?:my|all my)"
                + " (?:stuff|things|belongings|possessions|pets|cat|dog|clothes|books|games|money|savings|guitar"
                + "|valuables|prized|stuffs|jewelry|plants|favorite)\\b");
        rule("affairs-in-order", c, "(?:put|putting|getting|get|got|set|setting) (?:all )?(?:of )?my (?:affairs"
                + "|things|papers|finances|stuff|life) in order\\b");
        rule("goodbye-note", c, "(?:goodbye|farewell|suicide|good bye) (?:note|notes|letter|letters"
                + "|message|messages|video|videos|email|emails|text|texts|post)\\b|(?:my|a) (?:final|last) (?:letter"
                + "|letters|note|notes) (?:to|for) (?:my|everyone|everybody|the people)\\b");
        rule("wrote-letters", c, "(?:wrote|written|writing|write|leave|leaving|left|drafted|drafting|finished)"
                + " (?:a |my |some |the )?(?:note|notes|letter|letters) (?:to|for) (?:everyone|everybody|my family"
                + "|my kids|my children|my parents|my husband|my wife|my partner|the people|each of|all of|my loved"
                + "|my mom|my dad|my son|my daughter|my friends|the family)\\b");
        rule("other-side", c, "(?:see|meet) you (?:all )?(?:on the other side|in (?:the )?next life|in another"
                + " life|in heaven|in hell|never again|in the afterlife)\\b");
        rule("nice-knowing", c, "(?:it has|it is|has|it was) been (?:nice|good|great|a pleasure|real|an honor)"
                + " knowing (?:you|everyone|you all|all of you)\\b");
        rule("the-end", c, "(?:this is|it is|i have reached|reached|at) the end (?:for me|of me|of the road|of the"
                + " line|of my rope|of my life)\\b");
        rule("game-over", c, "game over for me\\b");
        rule("check-out", c, "(?:check|checking|checked) out (?:of life|early|permanently|for good|of this world"
                + "|of this life|for ever|forever)\\b");
        rule("join-in-heaven", c, "(?:join|be with|see|reunite with|reunited with) (?:my |him |her |them )?(?:\\w+"
                + " ){0,2}(?:in heaven|on the other side|soon in heaven|in the afterlife)\\b");
        rule("attempted", c, "(?:attempted|attempts) (?:before|twice|again|in the past|last year"
                + "|once|multiple times|three times|several times|last month|last week|a few times)\\b");
        rule("previous-attempt", c, "(?:previous|past|prior|failed|last|my) attempts?\\b"
                + "(?! (?:at|to book|to call|to reach|to contact|to get|to schedule))");
        rule("dark-thoughts", c, "(?:dark|darkest|scary|morbid|suicidal) (?:thoughts|place|places"
                + "|thinking|ideas|urges)\\b(?! about (?:the|my) (?:price|cost|insurance))");
        rule("thoughts-of-death", c, "(?:thoughts|thinking|thought|think|thinks|dreams|dreaming|dream|fantasi[sz]"
                + "\\w*|obsess\\w*|ruminat\\w*|preoccupied|fixated|images|visions|daydream\\w*|wondering|curious)"
                + " (?:a lot |so much |constantly |all the time |often |every day |more and more |way too much"
                + " |sometimes |non stop |nonstop )?(?:of|about|on|with|over) (?:my |own |my own )?(?:death|dying|dead"
                + "|suicide|being dead|ending it|ending things|ending my life|not being here|not being alive|not"
                + " existing|not waking|killing myself|my funeral|my own death|jumping off|overdosing|hanging myself"
                + "|taking my life|going to sleep forever|disappearing forever|what it would be like to die|how to"
                + " die|hurting myself|harming myself|cutting|ways to die|dying young|driving off)\\b");
        rule("death-appealing", c, "(?:death|dying|being dead|not existing|not being here|not waking up|not being"
                + " alive) (?:is|would be|seems|sounds|feels|looks|might be|will be|could be) (?:\\w+ ){0,2}(?:better"
                + "|easier|peaceful|a relief|the answer|the only way|the only option|appealing|nice|tempting|a release"
                + "|a blessing|welcome|attractive|like a relief|preferable|the way out|my only|a gift|a mercy"
                + "|comforting|the solution|freedom|good)\\b");
        rule("only-way-out", c, "(?:only|easiest|best|no other|last|final) (?:way|option|solution|choice|answer"
                + "|escape|resort|way out) (?:out |left )?(?:is|left is|would be|i see is|i have is) (?:to )?(?:die"
                + "|death|suicide|end it|kill|not exist|disappear|dying|overdose|sleep forever)\\b");
        rule("way-out-life", c, "way out of (?:this )?(?:life|world|pain forever|existence)\\b");
        rule("urges-to-die", c, "(?:urges|urge|impulses|impulse|plans|plan|desire|need|want|temptation|compulsion"
                + "|ideation|ideations) (?:to|of|for) (?:die|end my life|end my suffering|end my pain|end my"
                + " existence|end it|hurt myself|harm myself"
                + "|overdose|not be here|not be alive|disappear forever|self harm|unalive|death|dying|not exist"
                + "|stop living)\\b");
        rule("have-plan", c, "(?:i|he|she|they) (?:have|has|made|got|came up with|worked out|figured out|decided on"
                + "|picked|chose|set|have got) (?:a|the|my|his|her|their) (?:plan|method|date|way|day|time|spot"
                + "|place)(?: to (?:die|kill|end|do it|overdose|od|jump|hang|not)| for (?:tonight|tomorrow"
                + "|it|when|how|my death)| and (?:the|a) (?:means|date|way|method)|$)");
        rule("know-how-do-it", c, "(?:know|decided|figured out|worked out|planned|planning|picked|chose|choosing"
                + "|deciding) (?:how|when|where|exactly how|the day) (?:i am going to|i will|i would|i want to|to"
                + "|i am gonna|i could|i can|i would do it|i am) (?:do it|die|end it|kill|jump|overdose|od|hang"
                + "|end my life|do this|not wake up)\\b");
        rule("picked-the-date", c, "(?:picked|chose|chosen|decided on|set) (?:a|the|my) (?:date|day)(?:$| it is| it"
                + " will be| already| for it| for when)");
        rule("go-away-from-life", c, "(?:go|going|get|getting|run|running|went) away from (?:this )?(?:life|world"
                + "|earth|existence)(?: for always| forever| for good| permanently)?\\b(?! for a (?:while|bit"
                + "|few|week|day))");
        rule("picked-date", c, "(?:picked|chose|chosen|set|setting|decided on|decided|have) (?:a|the|my) (?:date"
                + "|day|time) (?:to|for|when|on which) (?:\\w+ ){0,3}(?:die|end it|end my life|do it|kill|not be)\\b");
        rule("funeral", c, "(?:planning|planned|plan|picked|picking|chose|choosing|arranging|writing|wrote)"
                + " (?:\\w+ )?my (?:own )?(?:funeral|eulogy|obituary|memorial)\\b");
        rule("hate-life-die", c, "hate (?:my life|myself|being alive|living|existing) (?:and|so much) (?:\\w+ ){0,3}"
                + "(?:die|dead|end|disappear|kill|gone|exist|living|not be here)\\b");
        rule("give-up-life", c, "(?:give|giving|gave|given) up on (?:life|living|myself|everything|being alive"
                + "|surviving|this life|the world|ever getting better)\\b");
        rule("lost-will", c, "(?:lost|losing|lose|no|have no|gone is) (?:the |my |all )?will to (?:live|go on"
                + "|survive|keep going|fight)\\b");
        rule("pain-stop-forever", c, "(?:pain|suffering|it|everything|this|misery|hurt|hurting) (?:to )?(?:\\w+ )?"
                + "(?:stop|end|be over) (?:forever|for good|permanently|once and for all|for ever)\\b");
        rule("want-it-to-end", c, "(?:want|wants|need|needs|wish|wishing|wanting|pray|praying|hope|hoping) (?:it"
                + " all|all of it|everything|my life|life|it|this life|the world|my existence|this) to (?:just )?"
                + "(?:end|be over|stop)(?: now| forever| for good| already)?\\b(?! (?:so|soon|quickly) (?:i|we)"
                + " can| with| hurting| itching| burning| aching| swelling| bleeding| ringing| happening| raining)");
        rule("make-it-stop", c, "(?:make|making) it all (?:stop|end|go away)\\b");
        rule("out-of-misery", c, "(?:put|putting) (?:me|myself|him|her) out of (?:my|his|her|their) misery\\b");
        rule("not-here-anymore", c, "(?:be|being) here (?:anymore|any more|any longer|much longer)\\b");
        rule("leave-world", c, "(?:leave|leaving|left|exit|exiting|depart|departing) (?:this|the) (?:world|earth"
                + "|planet|life|existence|mortal coil)\\b");
        rule("do-not-deserve-live", c, "(?:do not|does not|never) deserve to (?:live|be alive|exist|be here|be happy"
                + " and alive|breathe)\\b");
        rule("deserve-to-die", c, "deserve (?:to die|death|to be dead|to suffer and die|to not exist|to not be"
                + " alive|to disappear)\\b");
        rule("no-future", c, "(?:will not|wont|am not going to|do not plan to|do not intend to|not planning to|not"
                + " going to|do not think i will|do not think i am going to) (?:make it|be around|live|survive|last)"
                + " (?:through the night|through tonight|until morning|till morning|to morning|past tonight|much"
                + " longer|another day|another week|the week|the night|the weekend|to see christmas|to see my"
                + " birthday|until christmas|to christmas|till christmas|to my birthday|another year)\\b");
        rule("third-person-threat", c, "(?:threatening|threatened|threatens|keeps threatening|talks about|talking"
                + " about|talked about|keeps talking about|posting about|posted about|texted me about|said he would"
                + "|said she would|says he will|says she will|wrote about) (?:to )?(?:\\w+ )?(?:die|dying|suicide|kill"
                + " (?:himself|herself|themselves)|end (?:his|her|their|it)|ending (?:it|things|his|her|their)"
                + "|not being here|not wanting to live|wanting to die|hurting (?:himself|herself|themselves)"
                + "|jumping|overdosing|shooting (?:himself|herself)|hanging (?:himself|herself))\\b");
        rule("ketamine-for-wanting-die", c, "(?:ketamine|k|infusions?|treatment|esketamine|spravato) (?:\\w+ )?"
                + "(?:for|help|helps|with|treat|treats|stop|stops) (?:\\w+ ){0,2}(?:wanting to die|thoughts of dying"
                + "|wanting to end|not wanting to live|death wish|wish to die|thoughts of death|ideation)\\b");
        rule("death-wish", c, "(?:death wish|wish for death|welcome death|long for death|longing for death|praying"
                + " for death|pray for death|begging for death|waiting for death|waiting to die|ready for death"
                + "|hoping for death|want death|crave death|craving death)\\b");
        rule("no-one-would-care", c, "(?:no one|nobody) (?:would|will) (?:even )?(?:care|notice|know|miss)"
                + " (?:if|when) i\\b");
        rule("drowning-self", c, "(?:walk|walking|swim|swimming) (?:into|out into) (?:the )?(?:ocean|sea|lake|river"
                + "|water) (?:and never|and not|until|forever|to die|and keep going)\\b");
        rule("gas-garage", c, "(?:car|engine) running in (?:the|my|a) (?:closed )?garage\\b|carbon monoxide"
                + " (?:myself|suicide|in my car|poisoning myself)\\b");
        rule("train-tracks", c, "(?:lie|lying|lay|laying|stand|standing|sit|sitting|wait|waiting) (?:down )?on the"
                + " (?:train |railway |rail )?tracks\\b");

        // Phrasings from a second, independently written held-out suite, generalised to their families.
        rule("no-future-for-me", c, "(?:do not|can not|can no longer|no longer|never|not) (?:really |even )?see"
                + " (?:a|any) future (?:for (?:myself|me)|anymore|any more|at all|ahead of me)\\b|(?:there is|i have"
                + "|i see|i got) (?:no|zero) future (?:for (?:myself|me)|left|ahead of me|anymore)\\b");
        rule("giving-things-away", c, "(?:gave|giving|give|gifting|gifted|given|handing|handed) (?:all |most )?(?:of"
                + " )?(?:my|all my|his|her|their) (?:\\w+ )?(?:stuff|things|belongings|possessions|pets|cat|dog"
                + "|clothes|books|games|money|savings|guitar|valuables|jewelry|plants|stuffs) (?:away|out to"
                + " (?:my|everyone|people|friends|family))\\b");
        rule("want-out-of-all", c, "(?:want|wanna|need|wish|looking for a way|ready) (?:to get )?out (?:of )?(?:this"
                + " |my )?(?:everything|being alive|living|it all|all of it|existing|this body|here for good)\\b");
        rule("gentle-way-to-go", c, "(?:painless|painlessly|least painful|peaceful|peacefully|gentlest|gentle"
                + "|quietest|cleanest|most peaceful|quick and painless) (?:\\w+ )?(?:way|ways|method|methods|means)"
                + " (?:for me )?(?:to go|to pass|to slip away|out|to check out|to leave)\\b(?! (?:about|to|for|ahead"
                + "|with|over|through|from|back|home|there|here|in|into|on|up|of (?:paying|payment|booking)|and"
                + " (?:book|get|see|pay))\\b)");
        rule("dose-stop-heart", c, "(?:dose|doses|dosage|amount|much|many|enough|pills|tablets|mg|milligrams"
                + "|overdose) (?:\\w+ ){0,6}(?:stop|stops|stopping|shut down|shuts down) (?:my|your|a|the|someone s"
                + "|a person s|his|her) heart\\b(?! (?:from|rate from) (?:racing|pounding|beating fast))");
        rule("means-and-done", c, "(?:bottle|bottles|handful|handfuls|stash|stockpile|pile|supply|box|pack|strip"
                + "|all|bunch) of (?:my |his |her |the |these |those )?(?:\\w+ )?(?:pills|meds|tablets|capsules|oxy"
                + "|oxys|oxycodone|opioids|opiates|painkillers|fentanyl|heroin|xanax|benzos|sleeping pills|insulin"
                + "|tylenol|vodka|whiskey|alcohol|booze|liquor|tequila|rum|gin|wine) (?:\\w+ ){0,10}(?:i am|am)"
                + " (?:done|finished|ready|so done|out)(?:$| now| tonight| for good| with (?:it|this|life|everything"
                + "|it all|living|all of it)| goodbye| bye)|(?:pills|meds|tablets|oxy|opioids|painkillers|xanax"
                + "|benzos|sleeping pills) and (?:a bottle of |some |the |a |my |a lot of )?(?:vodka|whiskey"
                + "|alcohol|booze|liquor|tequila|wine|rum|gin) (?:\\w+ ){0,6}(?:tonight|right now|goodbye|i am done"
                + "|to end it|to die|and never wake|and not wake|and go to sleep forever|it is time)\\b");
        rule("jump-floor", c, "(?:jump|jumping|jumped|leap|leaping|leapt|fall|falling|throw myself|dive|diving)"
                + " (?:off|from|out of|out) (?:the |a |my |our |this |that )?(?:top of the |top of a |roof of the )?"
                + "(?:\\d+ ?(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                + "|eleventh|twelfth|\\w+teenth|twentieth|top|highest) (?:floor|story|storey)\\b");
        rule("would-fall-be-enough", c, "(?:jump|jumping|jumped|fall|falling|leap|leaping|drop|dropping) (?:off"
                + "|from|out of|out) (?:\\w+ ){0,6}(?:be enough|is enough|enough to|high enough|far enough|tall"
                + " enough|be fatal|be lethal|kill me|kill you|kill someone|kill a person|would i survive|do the"
                + " job)\\b");
        rule("researching-methods", c, "(?:research|researching|researched|looking up|looked up|look up|googling"
                + "|googled|searching|searched|search) (?:different |the |some |various |suicide |painless |possible"
                + " |all the |a few |for )?(?:methods|method|ways to (?:die|go|do it|end it|kill myself)|how to"
                + " (?:die|do it|end it|kill myself|end my life)|how people (?:die|kill themselves|do it)|lethal"
                + " doses?|overdose amounts)\\b(?! (?:of|for|to)"
                + " (?!(?:dying|suicide|killing|ending|die|kill|end)\\b))");
        rule("how-many-would-take", c, "how (?:many|much) (?:of (?:my |the |these |those |his |her )?)?(?:\\w+ )?"
                + "(?:pills|tablets|meds|capsules|painkillers|sleeping pills|xanax|tylenol|paracetamol|acetaminophen"
                + "|advil|ibuprofen|aspirin|oxy|oxycodone|opioids|insulin|benzos|ambien|seroquel|lithium"
                + "|antidepressants|fentanyl|heroin) (?:\\w+ ){0,2}(?:would it take|it would take|does it take|it"
                + " takes|would be enough|is enough|would do it|would do the job|would i need|i would need)(?:$|"
                + " (?:to )?(?:\\w+ ){0,3}(?:die|kill|end|not wake|never wake|overdose|od|stop|be fatal|be lethal|be"
                + " enough)\\b| (?:for|before) (?:it|me|someone|a person)\\b| (?:if|in case) (?:i|you)\\b)");
        String dwelling = "(?:thinking|thought|think|thinks|dreaming|dream|dreams|fantasizing|fantasising|obsessing"
                + "|fixated|fixating|daydreaming) (?:\\w+ )?(?:about|of|on) ";
        rule("thinking-about-means", c, dwelling + "(?:the |a |my |using the |using a |using my )?(?:rope|ropes|noose"
                + "|nooses|hanging)\\b(?! (?:out|up|in there|on|plants?|pictures?|art|shelf|shelves|baskets?|lights?"
                + "|course|swing|bridge|climbing)\\b)|" + dwelling + "(?:the |a |my |using the |using a |using my )?"
                + "(?:jump|gun|pistol|blade|razor|razors|pills|bridge|ledge|tracks|train tracks|overpass|rooftop)"
                + "(?:$| again| a lot| lately| more and more| every day| every night| all the time| constantly"
                + "| nonstop| non stop| tonight| right now)\\b|" + dwelling + "jumping\\b(?! (?:in|into|on|at|ahead"
                + "|back|ship|through|the gun|to conclusions|right|for joy|rope|jacks|up|around|between|from (?:one"
                + "|job|\\w+ to)|at the chance|on board|the queue|the line|the waitlist|straight)\\b)");
        rule("make-self-dead", c, "(?:make|making|made|get|getting) (?:{refl}|me|my self) (?:dead|die|not exist|not"
                + " alive|disappear forever|stop breathing|stop living|gone forever|not wake up)\\b");
        rule("not-exist-more", c, "(?:to|i|me|just|want|wanna|wish|rather|prefer|better|only) (?:\\w+ )?(?:not"
                + "|never|no) (?:exist|existing|be existing|be alive|be here|be in this world) (?:more|anymore|any"
                + " more|any longer|no more|again|at all)\\b|(?:to|just) (?:not|never) (?:live|living) (?:more"
                + "|anymore|any more|any longer|no more)\\b|(?:idea|thought|thoughts|wish|dream|desire|urge|only"
                + " want|only wish|wanting) (?:is )?(?:to|of) (?:just )?(?:not exist|not existing|not be alive|not"
                + " live|not living|die|disappear|stop existing|not be here|be dead)\\b");
        rule("no-point-living", c, "(?:no|not any|not much|zero|without any|without a|lost all|lost the|lost my"
                + "|little|do not see the|do not see a|do not see any|can not see the|can not see a|can not see"
                + " any|see no) (?:real |more |further )?(?:point|reason|purpose|sense) (?:in |to |of |for )?"
                + "(?:living|being alive|existing|staying alive|keep living|being here|waking up|carrying on|go on"
                + " living)\\b");
        rule("reasons-to-stay-alive", c, "reasons? (?:\\w+ ){0,2}to (?:stay|keep (?:myself )?|remain) alive\\b"
                + "|(?:running out of|run out of|ran out of|out of|fewer and fewer|no more|losing|lost|can not"
                + " find|struggling to find|hard to find|can not think of|not many|few) (?:\\w+ )?reasons? (?:to"
                + "|for) (?:live|living|keep living|keep going|go on|going on|exist|existing|carry on|carrying on|be"
                + " here|being here|wake up|get up)\\b");
        rule("said-my-goodbyes", c, "(?:said|say|saying|made|making|done|did|finished|wrote|written|writing|sent"
                + "|sending) (?:all )?(?:of )?my (?:last |final )?goodbyes?\\b(?! (?:to|at|before) (?:\\w+ ){0,2}"
                + "(?:funeral|memorial|service|wake|party|airport|station|graveside|old|previous|former|last|clinic"
                + "|office|job|team|coworkers|colleagues|class|school|house|home|apartment|city|town|dog|cat|pet"
                + "|grandma|grandpa|grandmother|grandfather)\\b)");
    }

    private static void medical() {
        CrisisCategory c = MEDICAL_EMERGENCY;
        rule("took-too-much", c, "(?:took|taken|had|swallowed|ingested|used|did|snorted|injected|drank|popped"
                + "|consumed|overdid|took in|accidentally took|accidently took|just took|have taken|has taken"
                + "|taking|double dosed|doubled) (?:way |far |much |a lot |a bit |slightly |probably |maybe |some"
                + " |a little |waaay )?too (?:much|many|high a dose|big a dose|strong a dose)(?:$| of| and| i| now"
                + "| tonight| last night| today| what| please| help| by accident| accidentally| again| earlier| he"
                + "| she| they| my| it| right| am| is| ketamine| k| pills| meds| xanax| \\w+ (?:pills|meds)"
                + "| {pills})\\b");
        rule("took-number", c, "(?:took|swallowed|popped|ate|downed|had|taken) (?:like |about |around |over |almost"
                + " |maybe |at least )?(?:\\d\\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred"
                + "|hundred) (?:of )?(?:my |the |his |her )?(?!mg |milligrams |ml |mcg |units |minutes |mins )"
                + "(?:\\w+ )?{pills}\\b");
        rule("took-bunch", c, "(?:took|swallowed|popped|ate|had|downed|chugged|snorted|injected|used|did|drank"
                + "|mixed) (?:all|every one of|everything in|the whole|a whole|an entire|the entire|all of|the rest"
                + " of|handfuls of|a handful of|a bunch of|a lot of|lots of|loads of|tons of|a ton of|enough|a bottle"
                + " of|the bottle of|a full bottle of|two bottles of|the pack of|a box of|double|triple"
                + "|several|multiple|extra|a few extra|a months worth of"
                + "|a month s worth of|all the|every) (?:of )?(?:my |his |her |the |these |those |their |your |our"
                + " |mom s |dad s |this |that )?(?:\\w+ ){0,2}{pills}\\b");
        rule("double-dose", c, "(?:took|taken|had|used|did|injected|snorted|swallowed|gave (?:him|her|them))"
                + " (?:my |his |her |the |a |an |some |extra |their )?(?:\\w+ )?(?:{pills}|dose|doses|it|them|shot"
                + "|injection) (?:(?:twice|double|two times|three times)(?: by accident| by mistake| accidentally)?"
                + "(?! (?:a|per|daily|weekly|this|last|in|already|yesterday|so far)\\b)|again by (?:accident|mistake)"
                + "|by mistake|by accident|accidentally)\\b");
        rule("bad-reaction", c, "(?:having|have|had|getting|got) (?:a |an )?(?:bad |severe |serious |allergic |weird"
                + " |strange |really bad |scary )?(?:reaction|allergic reaction) (?:right now|now|and|after|to (?:the"
                + "|my|it|this)|from)\\b");
        rule("child-ingestion", c, "(?:toddler|baby|child|kid|son|daughter|little one|grandson|granddaughter|niece"
                + "|nephew|boy|girl|infant|dog|puppy|cat) (?:\\w+ ){0,2}(?:swallowed|ate|got into|drank|chewed|ingested"
                + "|took|found and took|got hold of|licked|eaten) (?:\\w+ ){0,3}(?:{pills}|lozenges|troches|gummies"
                + "|edibles|bleach|cleaner|detergent|pods|medicine|medication|vape|nicotine|battery|batteries"
                + "|antifreeze|chemicals|poison)\\b");
        rule("took-whole", c, "(?:took|swallowed|popped|ate|downed|had|taken|drank) (?:my|his|her|their|the|a|an)"
                + " (?:whole|entire|full) (?:\\w+ ){0,3}(?:bottle|pack|box|supply|prescription|month|packet|blister"
                + "|script|stash)\\b");
        rule("drank-and-took", c, "(?:drank|drinking|been drinking|had|downed|chugged) (?:\\w+ ){0,4}(?:vodka|alcohol"
                + "|wine|beer|whiskey|liquor|booze|drinks|shots|tequila|rum|gin) (?:\\w+ ){0,2}(?:and|then|plus|after"
                + "|before|with) (?:\\w+ ){0,2}(?:took|taking|had|used|did|snorted|swallowed|popped) (?:\\w+ ){0,3}"
                + "{pills}\\b|(?:took|taking|had|used|did|snorted|swallowed|popped) (?:\\w+ ){0,3}{pills} (?:\\w+ ){0,2}"
                + "(?:and|then|plus|after|before|with) (?:\\w+ ){0,2}(?:drank|drinking|been drinking|had|downed) (?:\\w+"
                + " ){0,4}(?:vodka|alcohol|wine|beer|whiskey|liquor|booze|drinks|shots|tequila)\\b");
        rule("esl-take-too-many", c, "i (?:just )?(?:take|swallow|eat|took) (?:way )?too (?:much|many) (?:\\w+"
                + " ){0,2}(?:what|help|now|and|please)\\b");
        rule("gasping", c, "(?:is|am|are|s|keeps|keep|started|been|he is|she is) gasping\\b|gasping (?:for"
                + " air|for breath)\\b");
        rule("chest-crushed", c, "chest (?:feels|is|feel) (?:\\w+ ){0,3}(?:crushed|crushing|squeezed|squeezing"
                + "|elephant|exploding|caving|on fire|being crushed|in a vice)\\b|(?:my|his|her) heart (?:feels|is"
                + "|feel) (?:\\w+ ){0,6}(?:explode|exploding|burst|bursting|stop|stopping|beating out of|going to"
                + " stop)\\b|(?:my|his|her) heart (?:go|goes|going|is going|beats|beating|is beating|racing|pounding"
                + "|is pounding) (?:very |so |really |too |super |way )?(?:fast|hard|crazy|weird|irregular|out of"
                + " control)\\b");
        rule("pulse-weak", c, "pulse (?:is )?(?:really |very |so )?(?:weak|faint|thready|barely there|gone|not"
                + " there|racing|over 150|200)\\b|cold and clammy|clammy and (?:pale|cold|sweaty)\\b");
        rule("overdose-now", c, "overdos\\w* (?:\\w+ ){0,2}(?:right now|happening|in progress|what do i do|help"
                + " me|please help)\\b|(?:is|am) overdosing\\b");
        rule("not-moving", c, "(?:lying|laying|collapsed|fell|passed out|is|was|found (?:him|her|them)) (?:on|in"
                + " )?(?:the )?(?:floor|ground|bathroom|bed|street|couch)? ?(?:\\w+ ){0,2}(?:not moving|stopped moving"
                + "|not responding|unresponsive|not breathing|not waking up|will not move)\\b");
        rule("double-vision", c, "(?:seeing double|double vision|(?:lost|losing) (?:my |his |her )?(?:vision"
                + "|sight)|can not see (?:straight|properly|clearly|anything)|vision (?:went|is going|is|going)"
                + " (?:black|blurry|dark|white)|went blind|gone blind|going blind)\\b");
        rule("bp-numbers", c, "(?:blood pressure|bp|pressure) (?:\\w+ ){0,4}(?:1[89]\\d|2\\d\\d) (?:over )?\\d{2,3}"
                + "\\b");
        rule("overdosed", c, "(?:overdosed|overdosing|overdosin|having an overdose|had an overdose|is an overdose"
                + "|in overdose|od ing|odd ing)\\b");
        rule("think-overdose", c, "(?:think|thinking|afraid|scared|worried|pretty sure|might have|may have|could"
                + " have|he|she|they|someone|my \\w+) (?:\\w+ ){0,2}(?:overdose|od|overdosed|taken too much)"
                + "(?: on| right now| now| just now| tonight)\\b");
        rule("cant-breathe", c, "(?:can not|could not|can barely|can hardly|cannot|cant|struggling to|struggle to"
                + "|unable to|not able to|fighting to|hurts to|painful to|hard to) (?:really |even |properly |fully"
                + " |barely |hardly |seem to |catch my breath or )?(?:breathe|breathing|catch (?:my|his|her|their)"
                + " breath|get (?:enough )?air)\\b");
        rule("breathing-trouble", c, "(?:trouble|difficulty|difficulties|problems|struggling|labored|laboured"
                + "|gasping|irregular|noisy|gurgling|not|stopped|stops|stopping|is not|barely|hardly|no longer)"
                + " (?:with )?breathing\\b|breathing (?:is |has |got |seems |sounds )?(?:really |very |so |super"
                + " )?(?:shallow|slowed|labored|laboured|irregular|noisy|stopped|gurgling|raspy|weird|strange)\\b");
        rule("short-of-breath", c, "(?:short of breath|out of breath and|gasping for air|choking|suffocating"
                + "|can not get air|turning blue|lips are blue|lips turning blue|lips blue|face is blue"
                + "|lips are purple|turning purple|turning gray|turning grey)\\b");
        rule("chest-pain", c, "(?:chest pain|chest pains|chest is tight|chest tightness|tight chest|chest feels"
                + " tight|chest hurts|chest is hurting|chest pressure|pressure in my chest|pain in my chest|pain in"
                + " his chest|pain in her chest|crushing chest|chest is heavy|chest feels heavy|chest is burning"
                + "|heaviness in my chest|tightness in my chest)\\b(?! x ray| xray| scan)");
        rule("heart-attack", c, "(?:heart attack|cardiac arrest|heart stopped|heart stopping|heart is stopping"
                + "|heart is failing|heart failure now|no pulse|not breathing|no heartbeat|cannot find a pulse"
                + "|can not find a pulse|can not feel a pulse|can not feel his pulse|can not feel her pulse"
                + "|heart is racing|heart racing|heart is pounding|heart pounding|heart won t slow|heart will not"
                + " slow|heart is beating (?:so |really |very |too )?fast|heart rate is (?:\\w+ )?(?:high|over|above"
                + "|through the roof|crazy|200|180|190|170|160|150)|heart is skipping|heart keeps skipping"
                + "|palpitations (?:now|right now|won t|will not|and)|having palpitations)\\b");
        rule("stroke", c, "(?:having a stroke|had a stroke|is a stroke|stroke symptoms|face is drooping|face"
                + " drooping|drooping face|slurred speech|slurring (?:his|her|my) (?:words|speech)|slurring words"
                + "|numb on one side|one side of (?:my|his|her) (?:face|body) (?:is )?(?:numb|drooping|weak|paralyzed)"
                + "|can not feel (?:my|his|her) (?:face|arm|arms|legs|leg|left side|right side|body)|can not move"
                + " (?:my|his|her) (?:face|arm|arms|legs|leg|left side|right side|body)|worst headache of (?:my|his"
                + "|her) life|sudden severe headache|thunderclap headache)\\b");
        rule("seizure", c, "(?:having a seizure|had a seizure|has a seizure|is seizing|seizing|started seizing"
                + "|seizure right now|seizure now|in a seizure|convulsing|convulsions|having convulsions|having a fit"
                + "|having fits|shaking uncontrollably|shaking and unresponsive|seizure after|seizure during"
                + "|a seizure and|seizures after)\\b");
        rule("unresponsive", c, "(?:unresponsive|not responding|won t respond|will not respond|not responsive|is not"
                + " responsive|unconscious|passed out|blacked out|fainted|collapsed|fell unconscious|lost"
                + " consciousness|losing consciousness|keeps passing out|keep passing out|in and out of consciousness"
                + "|barely conscious|semi conscious|knocked out cold|limp and|eyes rolled back|eyes rolling back"
                + "|foaming at the mouth|foam coming out)\\b");
        rule("will-not-wake", c, "(?:can not|could not|cant|unable to|trying to|tried to|can not seem to) wake"
                + " (?:him|her|them|my \\w+|up my \\w+|\\w+ up)\\b|(?:he|she|they|my \\w+|his \\w+|her \\w+|the"
                + " \\w+|someone|somebody) (?:is |are |will |would |s )?(?:not|will not|would not|is not|won t|still"
                + " not) (?:\\w+ )?wak(?:e|ing) up\\b");
        rule("bleeding", c, "(?:bleeding (?:a lot|heavily|badly|so much|everywhere|out|profusely|and|will not"
                + " stop|won t stop|that will not stop)|lots of blood|so much blood|blood everywhere|will not stop"
                + " bleeding|won t stop bleeding|can not stop (?:the )?bleeding|(?:vomiting|throwing up|coughing up"
                + "|puking|spitting up|peeing|pissing) blood|blood in (?:my|his|her) (?:vomit|urine|pee)|bloody"
                + " vomit)\\b");
        rule("cant-stop", c, "(?:can not|could not|will not|won t|unable to) stop (?:vomiting|throwing up|puking"
                + "|shaking|bleeding|seizing|convulsing|hallucinating|twitching|jerking|screaming|choking)\\b");
        rule("anaphylaxis", c, "(?:anaphyla\\w*|throat (?:is )?(?:closing|swelling|swollen|tight|closing up|is"
                + " closing)|tongue (?:is )?(?:swelling|swollen)|lips (?:are )?(?:swelling|swollen)"
                + "|allergic reaction (?:now|right now|and|after)|having an allergic reaction|epipen)\\b");
        rule("dying-now", c, "(?:i am dying|i think i am dying|feel like i am dying|feels like i am dying|he is"
                + " dying|she is dying|they are dying|someone is dying|is dying right now|dying right now|(?:feel"
                + "|feels|felt|think|thought|scared|afraid|terrified|worried|sure) (?:like )?(?:i|he|she|they|we)"
                + " (?:am|is|are|was|were|will|might|could|may) (?:going to |gonna |about to )?(?:die|dying|pass"
                + " out|stop breathing)|going to die (?:right now|now|here)|about to die|am i dying|is (?:he|she)"
                + " dying|going to pass out|about to pass out)\\b");
        rule("call-ambulance", c, "(?:call|calling|called|need|get|send|sending|should i call|should we call|do i"
                + " call|do we call|dial|dialing|dialed|phone) (?:an |the |a |for an |for a )?(?:ambulance|911|999"
                + "|112|000|paramedics|emts|emergency services|poison control|the er|an er|emergency room"
                + "|ems)\\b");
        rule("emergency", c, "(?:this is|it is|it s|having|have|medical|need|there is|this is a|is this|this"
                + " might be|we have|got|its an) (?:an |a |a real |a medical )?emergency\\b(?! (?:appointment"
                + "|appointments|contact|contacts|number|line|fund|plan|kit|hours|services available|slot))");
        rule("go-to-er", c, "(?:go|going|take|taking|took|rush|rushed|rushing|drive|driving|get|getting|bring"
                + "|bringing|went) (?:\\w+ )?(?:to|into) (?:the |an )?(?:er|e r|emergency room|emergency department|a"
                + " and e|a e|hospital now|hospital right now|urgent care now|ed)\\b(?! (?:for (?:a|my) (?:check"
                + "|visit|routine)))");
        rule("poison-control", c, "poison control\\b");
        rule("mixed-drugs", c, "(?:mixed|took|had|combined|did|used|drank|been drinking|was drinking|am drinking"
                + "|drinking) (?:\\w+ )?(?:ketamine|k|it|ket|my dose|my meds|my pills|xanax|benzos|opioids|pills"
                + "|alcohol|vodka|wine|beer|booze) (?:with|and|plus|on top of|after|while on|while taking) (?:\\w+"
                + " )?(?:alcohol|booze|drinks|wine|beer|vodka|whiskey|liquor|xanax|benzos?|opioids?|oxy\\w*"
                + "|fentanyl|heroin|pills|valium|klonopin|ativan|ketamine|k|cocaine|coke|meth|ghb|methadone"
                + "|morphine|lean|codeine|sleeping pills)\\b(?! (?:safe|ok|okay|dangerous)\\b)");
        rule("after-infusion", c, "(?:after|since|following|from|during) (?:my|the|his|her|today s|todays|this"
                + " morning s|yesterday s|last night s|an|a) (?:\\w+ )?(?:infusion|session|treatment|dose|ketamine"
                + " treatment|appointment|injection|spray|spravato) (?:\\w+ ){0,4}(?:can not breathe|can not"
                + " wake|will not wake|unresponsive|passed out|fainted|collapsed|seizure|seizing|chest|heart is"
                + " racing|heart racing|bleeding|vomiting blood|confused and|can not feel|can not move|can not"
                + " see|can not speak|can not talk|turning blue|blood pressure is|hallucinating and|psychotic"
                + "|blacked out|not breathing|stroke|numb|emergency|ambulance|911|er|hospital)\\b");
        rule("blood-pressure", c, "(?:my|his|her) (?:blood )?pressure (?:is |was |went |has gone |just went )?(?:\\w+"
                + " )?(?:through the roof|sky high|skyrocketing|spiking|spiked|crazy high|dangerously high|really"
                + " high|very high|super high|so high|over 180|over 200|200|190|180|too high|extremely high|way"
                + " up|dangerously low|really low|very low|crashing|dropped)\\b");
        rule("poisoned", c, "(?:i was|i have been|i think i was|i got|he was|she was|been|i am being|we were|i"
                + " think i have been) poisoned\\b");
        rule("cant-see-speak", c, "(?:suddenly|all of a sudden|now|just) (?:can not|could not|unable to) (?:see"
                + "|speak|talk|move|feel|walk|stand)\\b|(?:went|gone|going|lost my) (?:blind|vision)\\b");
        rule("help-now", c, "(?:help me|please help|help us|somebody help|someone help|need help) (?:now|right"
                + " now|asap|immediately|quick|quickly|fast)\\b(?! (?:to )?(?:find|choose|understand|book|decide"
                + "|know|figure|with the|with my (?:booking|appointment|insurance)))");
        rule("not-breathing-person", c, "(?:he|she|they|my \\w+|someone|the baby|baby) (?:is |are |s )?(?:not"
                + " breathing|barely breathing|stopped breathing|turning blue)\\b");
        rule("choking", c, "(?:is|am|are|keeps|started|s) choking\\b(?! on (?:the|my) (?:words|tears))");
        rule("hypothermia-heat", c, "(?:heat ?stroke|hypotherm\\w*|hypertherm\\w*|serotonin syndrome"
                + "|neuroleptic malignant|respiratory depression|respiratory arrest)\\b");
        rule("double-dose-taken", c, "(?:took|taken|had|used|did|swallowed|injected|snorted|sprayed|gave (?:him"
                + "|her|them|myself)) (?:a |an )?(?:double|triple|twice the|twice my|two times the|two times my|2"
                + " times my|2 times the|three times the|three times my|3 times my|2x|3x) (?:\\w+ )?"
                + "(?:dose|doses|dosage|amount|lozenges?|troches?|sprays?|shots?|injections?|{pills})\\b");
        rule("cant-stand-after-dose", c, "(?:took|taken|had|after|since|overdid|double|extra|too much|too many"
                + "|mixed|infusion|session|dose) (?:\\w+ ){0,10}(?:can not|could not|unable to|can barely|can hardly)"
                + " (?:stand|stand up|walk|get up|keep my eyes open|stay awake|stay conscious|move|feel my)\\b(?!"
                + " (?:for|up for|the|it|him|her|them|this|that|people|myself|in line|long|far|very|well)\\b)");
        rule("keeps-fainting", c, "(?:keep|keeps|kept|keep on|been|started|is|am|are) (?:\\w+ )?(?:fainting"
                + "|blacking out|passing out|losing consciousness)\\b|(?:after|since|following|during) (?:my|the"
                + "|his|her|today s|todays|this) (?:\\w+ )?(?:infusion|session|treatment|dose|injection|spray"
                + "|spravato) (?:\\w+ ){0,6}(?:fainting|faint|dizzy and confused|can not stand|can not walk|can not"
                + " stay awake|blacking out)\\b");
    }

    private static void harmToOthers() {
        CrisisCategory c = HARM_TO_OTHERS;
        rule("kill-others", c, "(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling"
                + "|smother|smothering|drown|drowning|slit the throat of|slit (?:his|her|their) throat|behead|run over"
                + "|torture|torturing|bludgeon|decapitate|massacre) {others}\\b(?! (?:with kindness|off))");
        rule("intent-hurt-others", c, "(?:want|wants|wanted|wanting|going|gonna|plan|plans|planning|will|would"
                + "|could|might|thinking about|thoughts of|thought about|think about|urge to|urges to|afraid i will"
                + "|afraid i might|afraid i am going to|scared i will|scared i might|scared i am going to|worried i"
                + " will|worried i might|feel like|ready|about|tempted|fantasize about|fantasizing about|dream about"
                + "|dreaming about|try|trying|need|i will|i am going|intend|intending|decided|going to|impulse to"
                + "|fear i will|fear i might|want to really|considering|go to|i go to) (?:to )?(?:really |go"
                + " |just |seriously |physically )?(?:hurt|hurting|harm|harming|kill|killing|murder|murdering|stab"
                + "|stabbing|shoot|shooting|strangle|strangling|choke|choking|poison|poisoning|attack|attacking|beat"
                + "|beating|smother|smothering|drown|drowning|run over|running over|run down|running down|punch"
                + "|punching|hit|hitting|shake|shaking"
                + "|suffocate|suffocating|snap and hurt|lash out at|go after|get back at|torture|burn|maim|assault"
                + "|rape|molest|abuse|end|take out|get rid of|break) {others}\\b(?! (?:feelings|with kindness))");
        rule("run-over", c, "(?:run|running|ran|drive over|mow) {others} (?:over|down)\\b");
        rule("and-hurt-people", c, "(?:and|then|to) (?:hurt|kill|shoot|stab|attack|murder|harm) (?:people|everyone"
                + "|everybody|them all|all of them|as many (?:people )?as (?:i can|possible)|whoever)\\b");
        rule("see-them-bleed", c, "(?:see|watch|make) (?:him|her|them|my (?:\\w+ ){0,2}{person}|that \\w+|this \\w+)"
                + " (?:bleed|suffer|die|dead|burn|in pain|scream|disappear|vanish|go away for good)\\b");
        rule("going-with-weapon", c, "(?:going|go|coming|drive|driving|heading|showing up|show up|went|walking)"
                + " (?:\\w+ ){0,4}(?:with|and bring|bringing|carrying) (?:a |my |the |his )?(?:bat|baseball bat|gun"
                + "|knife|hammer|machete|axe|crowbar|weapon|rifle|pistol|shotgun)\\b|going after {others}\\b");
        rule("push-down-stairs", c, "(?:push|shove|throw|pushing|shoving|throwing) {others} (?:down|off|out of|into"
                + "|in front of|over)\\b");
        rule("end-his", c, "(?:going to|gonna|will|want to|i am going to|i will) (?:end|take) (?:his|hers|theirs|her"
                + " life|his life|their life|their lives)\\b|(?:end|ending|off|offing|take out|taking out|finish off"
                + "|eliminate|waste|smoke|get rid of) (?:him|her|them|that guy|my (?:\\w+ ){0,2}{person})(?:$| for good"
                + "| tonight| today| permanently| once and for all)|break (?:his|her|their) (?:neck|legs|arms|face|jaw"
                + "|bones|skull)\\b");
        rule("spike-drink", c, "(?:put|putting|slip|slipping|spike|spiking|poison|poisoning) (?:something |pills"
                + " |poison |drugs |it )?(?:in|into) (?:his|her|their|my \\w+ s|the) (?:drink|food|coffee|tea|meal"
                + "|water|soup)\\b");
        rule("loading-gun", c, "(?:loading|loaded|load|cleaning my) (?:my |the |a |his )?(?:gun|rifle|pistol"
                + "|shotgun)\\b(?! (?:safely|for the range|for hunting))|(?:driving|drive|going|heading) (?:over )?to"
                + " (?:his|her|their) (?:place|house|home|work|apartment) (?:\\w+ ){0,4}(?:gun|knife|bat|kill|hurt|make"
                + " him|make her)\\b");
        rule("standing-over", c, "(?:standing|stood|waiting|hiding|sitting) (?:over|outside|behind|next to|by) (?:\\w+"
                + " ){0,3}with (?:a |my |the )?(?:knife|gun|bat|hammer|weapon|pillow|rope|axe)\\b");
        rule("hurt-with-weapon", c, "(?:hurt|kill|stab|attack|hit|beat|cut|shoot|slash) {others} with (?:a |the |my )?"
                + "(?:knife|gun|bat|hammer|axe|machete|bottle|weapon|rifle|pistol|crowbar)\\b");
        rule("drive-into-crowd", c, "(?:drive|driving|drove|plow|plowing|ram|ramming) (?:my |a |the )?(?:car |truck"
                + " |van )?into (?:the |a )?(?:crowd|people|protesters|parade|pedestrians|group|kids|students)\\b");
        rule("next-time-worse", c, "next time (?:it will be|it is going to be|i will|it ll be) (?:even )?(?:worse"
                + "|kill|really hurt|not stop|for real)\\b");
        rule("thoughts-hurt-others", c, "(?:thoughts|thinking|intrusive thoughts|fantasies|urges|images|visions"
                + "|dreams|impulses) (?:of|about) (?:hurting|harming|killing|stabbing|drowning|smothering|shooting"
                + "|strangling|poisoning|attacking|murdering|suffocating|shaking|hitting) {others}\\b");
        rule("mass-violence", c, "(?:shoot up|shooting up|bomb|bombing|blow up|blowing up|attack|attacking|burn"
                + " down|burning down|set fire to|torch|kill everyone at|kill everyone in|kill people at|massacre"
                + " at|open fire (?:on|at|in)) (?:the |a |my |our |their |that |this |his |her )?(?:school|office|work"
                + "|workplace|clinic|place|church|mall|building|house|home|party|class|classroom|hospital|store"
                + "|mosque|synagogue|temple|crowd|concert|plant|factory|warehouse|campus|college|university|job"
                + "|company|event|meeting)\\b");
        rule("burn-house", c, "(?:burn|set fire to|torch|blow up) (?:his|her|their|my \\w+ s|the|that) (?:house"
                + "|home|car|place|apartment|office|building) (?:down )?(?:with (?:him|her|them|everyone|the \\w+)"
                + " (?:in|inside)|while (?:he|she|they) (?:is|are|sleeps|sleep))?\\b");
        rule("bring-weapon", c, "(?:bring|bringing|take|taking|brought|carry|carrying) (?:a |my |the |his |her )?"
                + "(?:gun|guns|rifle|ar 15|weapon|weapons|knife|knives|bomb|pistol|shotgun) (?:to|into|in to)"
                + " (?:school|work|the office|class|the clinic|church|the party|the meeting|his house|her house"
                + "|their house|the mall|campus)\\b");
        rule("homicidal", c, "(?:homicid\\w*|murderous|killing spree|kill spree|rampage|mass shooting|going postal"
                + "|thoughts of murder|urge to murder|want to murder|want to commit murder|commit murder)\\b");
        rule("want-them-dead", c, "(?:want|wants|wish|wishing|need|hope|hoping) (?:him|her|them|my \\w+|his \\w+"
                + "|that \\w+|this \\w+|everyone|everybody|them all|all of them|people) (?:to be |to )?(?:dead|die"
                + "|gone for good|to suffer and die|six feet under|in the ground|to pay with (?:his|her|their)"
                + " life|suffer|suffer like i (?:have|did|do)|suffer the way i (?:have|did|do)|hurt like i (?:have"
                + "|did|do))\\b");
        rule("want-them-suffer", c, "(?:want|wants|wish|wishing|hope|hoping) (?:him|her|them|everyone|everybody"
                + "|all of them|them all|those people|people|my \\w+|the \\w+) (?:\\w+ ){0,3}to (?:suffer|hurt|bleed"
                + "|die|pay) (?:like|the way|as much as|for what) (?:i|they|he|she)\\b");
        rule("make-them-pay", c, "(?:make|making) (?:him|her|them|everyone|everybody|them all|all of them|that"
                + " \\w+|this \\w+|my \\w+|people) (?:pay|suffer|bleed|regret (?:it|everything) forever)\\b"
                + "(?! (?:for (?:the|my) (?:session|treatment|infusion|appointment)|a deposit|upfront|out of))");
        rule("snap", c, "(?:going to|gonna|about to|will|might|afraid i will|scared i will|afraid i might) (?:snap"
                + "|lose it|lose control) and (?:hurt|kill|attack|hit|stab|shoot|strangle|harm|beat|choke)\\b");
        rule("get-gun-for", c, "(?:bought|buying|buy|got|getting|get|loaded|loading|load|sharpened|sharpening"
                + "|sharpen) (?:a |my |the )?(?:gun|rifle|knife|pistol|shotgun|weapon|ammo|bullets|axe|machete)"
                + " (?:for|to use on|to kill|to shoot|to hurt|to deal with|to get|to take care of|and am going to"
                + "|and i am going to|to go after|and deal with|and take care of|and go after|and shoot|and kill"
                + "|and hurt|and handle|and finish|and end|and wait for|and find) (?:him|her|them|my \\w+|that \\w+|this \\w+|someone|everyone"
                + "|people|those)\\b");
        rule("revenge", c, "(?:revenge|get even|payback|retaliat\\w*) (?:on|against|with|to) (?:{others}|my"
                + " \\w+|that \\w+|this \\w+|those|the people)\\b");
        rule("going-to-kill", c, "(?:i am going to|i will|i am gonna|i could|i want to|i would|i might|i am about"
                + " to|i swear i will|i swear i am going to|i am ready to|i really want to|i just want to|i will"
                + " fucking|i am going to fucking|i could fucking) (?:\\w+ )?(?:kill|murder|stab|shoot|strangle"
                + "|choke) {others}\\b(?! (?:pain|headache|migraine|craving|cravings|the pain|time|feelings))");
        rule("hurt-badly", c, "(?:i|i will|i am going to|going to|gonna|want to|i want to|i mean|mean to|i could"
                + "|i might|i would|to) (?:\\w+ ){0,2}(?:hurt|harm|injure|beat|mess up|hit|cut|stab|attack|punch)"
                + " {others} (?:really |so |very |real |pretty )?(?:badly|bad|hard|seriously|for real|so bad)\\b"
                + "|(?:i mean|mean to|i want to|going to|gonna|i am going to|i will) (?:really|seriously|badly"
                + "|actually) (?:hurt|harm|injure|kill|beat|mess up) {others}\\b");
        rule("beat-out-of", c, "(?:beat|beating|kick|kicking|knock|knocking|punch|punching|pound|pounding|smack"
                + "|smacking) (?:the )?(?:crap|shit|hell|living daylights|life|snot|stuffing|fuck|heck|living hell)"
                + " out of {others}\\b");
        rule("drive-into-people", c, "(?:drive|driving|drove|run|running|ran|crash|crashing|crashed|ram|ramming"
                + "|rammed|plow|plowing|plough|ploughing|steer|steering|slam|slamming|aim|aiming|swerve|swerving)"
                + " (?:my |a |the |his |her |our |their )?(?:car|truck|van|suv|vehicle|jeep|pickup|bus) (?:into"
                + "|through|at|over|onto) (?:the |a |those |these |all |a group of |a bunch of |some )?(?:crowd"
                + "|crowds|people|protesters|parade|pedestrians|group|kids|students|line|{others})\\b");
        rule("run-over-others", c, "(?:run|running|ran|runs|drive|driving|drove|mow|mowing|mowed) (?:over|down)"
                + " {others}\\b(?! (?:s|cat|dog|mailbox|bike|foot|toe|feet|trash|bin|bins|lawn|plans?|schedule"
                + "|notes|details|list|the list)\\b)");
        rule("bring-something", c, "(?:bring|bringing|brought|take|taking|carry|carrying|sneak|sneaking)"
                + " (?:something|a surprise|a little surprise|a present|a little present) (?:\\w+ )?(?:to|into|in"
                + " to) (?:school|class|work|the office|campus|the mall|church)(?: (?:tomorrow|tonight|today|on"
                + " \\w+|next week|this week|monday|tuesday|wednesday|thursday|friday))?(?:$| and (?:they|everyone"
                + "|you|nobody|no one)| so (?:they|everyone)| for (?:them|everyone|those|the people))");
        rule("threatened-hurt-others", c, "(?:threatened|threatening|threatens|threaten|keeps threatening|has"
                + " threatened|said he would|said she would|says he will|says she will|says he is going to|says"
                + " she is going to|said he is going to|said she is going to|talking about|talked about|talks"
                + " about) (?:to )?(?:\\w+ )?(?:hurt|hurting|kill|killing|shoot|shooting|stab|stabbing|beat|beating"
                + "|attack|attacking|harm|harming|murder|murdering|strangle|choke|burn|run over|blow up) {others}\\b"
                + "(?! (?:feelings|with kindness))");
        rule("burn-house-with", c, "(?:burn|burning|set fire to|setting fire to|torch|torching|firebomb|blow up"
                + "|blowing up|light|lighting) (?:down )?(?:his|her|their|my (?:\\w+ )?\\w+|the|that|this|\\w+)"
                + " (?:house|home|car|place|apartment|trailer|office|building|room|garage) (?:down |on fire |up )?"
                + "(?:with (?:him|her|them|everyone|the \\w+|my \\w+|his \\w+|her \\w+|the whole family|the kids"
                + "|people) (?:still )?(?:in|inside)(?: it| there)?|while (?:he|she|they|everyone) (?:is|are"
                + "|sleeps|sleep) (?:still )?(?:in|inside|asleep|sleeping|home))\\b");
        rule("torch-their-house", c, "(?:torch|torching|torched|firebomb|firebombing|set fire to|setting fire to"
                + "|burn down|burning down) (?:my (?:\\w+ )?\\w+|his|her|their|the \\w+|that \\w+|this \\w+)"
                + " (?:house|home|car|place|apartment|trailer|office|building|shop|store)\\b");
    }

    private static void abuse() {
        CrisisCategory c = ABUSE;
        rule("abuser-hurts-me", c, "{abuser} (?:\\w+ ){0,5}(?:hits|hit|hitting|beats|beat|beating|punches|punched"
                + "|punching|kicks|kicked|kicking|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled"
                + "|strangling|hurts|hurt|hurting|abuses|abused|abusing|rapes|raped|raping|assaults|assaulted"
                + "|assaulting|threatens|threatened|threatening|attacks|attacked|attacking|shoves|shoved|shoving"
                + "|burns|burned|burnt|locks|locked|locking|molests|molested|molesting"
                + "|touches|touched|touching|grabbed|grabs|grabbing|stalks|stalked|stalking"
                + "|drugged|drugs|drugging|bit|bites|biting|threw|throws|throwing|dragged|drags|dragging|pinned"
                + "|pins|pinning|smothered|smothers|suffocated|starves|starved|beats up|beat up|whipped|whips"
                + "|whipping|slammed|slams|trapped|traps|hold down|held down|holds me down|tied|ties|tying"
                + "|trafficked|trafficking|pimps|blackmails|blackmailed|is hurting|has been hurting|has"
                + " been hitting|has been abusing|keeps hitting|keeps hurting|used to hit|is going to hurt|will"
                + " hurt|will kill|is going to kill|going to kill|tried to kill|tries to kill|trying to kill|wants"
                + " to kill|said he would kill|said she would kill|threatened to kill|threatens to kill"
                + "|threatening to kill|will fucking kill|is killing) (?:me|my (?:kids|son|daughter|child|children"
                + "|baby|mom|mother|sister|brother|dog|cat)|us)\\b" + NOT_PAST);
        rule("pushed-into", c, "(?:pushed|pushes|shoved|shoves|threw|throws|slammed|slams|knocked|kicked) me"
                + " (?:down|into|against|to the|onto|off|out of|across) (?:the |a |my |his |her )?(?:wall|floor"
                + "|ground|stairs|door|table|car|bed|counter|window|room|street|house)\\b");
        rule("throws-at-me", c, "{abuser} (?:\\w+ ){0,2}(?:throws|threw|throwing) (?:things|stuff|objects|plates"
                + "|bottles|a \\w+|the \\w+|shoes|chairs) at me\\b|(?:pushes|pushed|pushing|shoves|shoving|bosses|bossing"
                + "|kicks|kicking) me around\\b");
        rule("takes-my-money", c, "{abuser} (?:\\w+ ){0,3}(?:takes|took|steals|stole|stealing|taking|controls"
                + "|keeps) (?:all )?my (?:money|pension|check|checks|social security|cards|bank card|benefits|savings"
                + "|paycheck|medication|meds|pills)\\b");
        rule("use-it-on-me", c, "(?:use|using|used|turn) (?:it|the gun|a gun|his gun|her gun|the knife|a knife|that"
                + "|the weapon) on (?:me|us|my kids|my children|my family)\\b");
        rule("bruises-from", c, "(?:bruises|marks|black eyes?|welts|cuts|scratches) (?:\\w+ ){0,3}from (?:him|her"
                + "|them|my (?:\\w+ )?{person}|when he|when she)\\b");
        rule("secret-touch", c, "(?:told|tells|says|said|makes|made|warned) (?:me )?(?:not to tell|to keep (?:it|this"
                + "|quiet) (?:a )?(?:secret)?|it is our (?:little )?secret|no one will believe me|nobody will believe"
                + " me)\\b");
        rule("drink-spiked", c, "(?:put|putting|slipped|spiked|drugged) (?:something |pills |a pill |drugs )?(?:in|into)"
                + " my (?:drink|food|coffee|tea|water|glass)\\b|my drink (?:was|got) (?:spiked|drugged)\\b");
        rule("comes-into-room", c, "(?:comes|came|coming|sneaks|sneaking|snuck|gets|got) (?:into|in) my (?:room"
                + "|bed|bedroom|shower|bathroom) (?:at night|when|while|and|every night|late)\\b");
        rule("violent-partner", c, "{abuser} (?:\\w+ ){0,2}(?:gets|get|got|becomes|became|is|turns|turned) (?:really"
                + " |very |so |super |more )?violent\\b|{abuser} (?:\\w+ ){0,3}(?:broke|fractured|busted|split"
                + "|dislocated|bruised|cracked) my (?:wrist|arm|nose|rib|ribs|jaw|finger|fingers|hand|lip|tooth"
                + "|teeth|eye|head|skull|collarbone|leg)\\b");
        rule("being-abused", c, "(?:i am|i m|i have been|i keep getting|i get|i got|i was|me being|am being|being"
                + "|we are being|we are|my kids are being|my child is being|i was just|just got|just been) (?:\\w+"
                + " )?(?:abused|beaten|beat up|raped|assaulted|sexually assaulted|molested|trafficked|stalked"
                + "|threatened|held against my will|held hostage|kidnapped|choked|strangled|hit|punched|kicked"
                + "|slapped|attacked|battered|tortured|locked in|locked up|followed home|hurt by (?:him|her"
                + "|them|my \\w+)|pimped|groomed|drugged|roofied|sexually abused|physically abused|emotionally"
                + " abused|abused again|hit again)\\b" + NOT_PAST);
        rule("not-safe", c, "(?:do not|does not|never|no longer|not) feel (?:\\w+ )?safe (?:at home|in my (?:own"
                + " )?(?:home|house|room|relationship|marriage|bed)|with (?:him|her|them|my \\w+)|around (?:him|her"
                + "|them|my \\w+)|here|living here|anymore|right now|tonight|at night|going home)\\b");
        rule("unsafe-self", c, "(?:i am|we are|my kids are|my children are|i feel|i m|me and my kids are) (?:really"
                + " |so |very |completely |just |honestly )?(?:not safe|unsafe|in danger)\\b");
        rule("unsafe", c, "(?:i am not safe|i am unsafe|not safe at home|unsafe at home|i am in danger|in immediate"
                + " danger|my life is in danger|my life is at risk|my life is threatened|fear for my life|afraid for"
                + " my life|scared for my life|fearing for my life|feared for my life|terrified for my life)\\b");
        rule("afraid-of-abuser", c, "(?:afraid|scared|terrified|frightened|fearful) (?:of|to go home to|to go back"
                + " to|to be alone with|to leave) (?:him|her|my (?:husband|wife|partner|boyfriend"
                + "|girlfriend|dad|father|mom|mother|stepdad|stepfather|stepmom|ex|parents|brother|uncle|roommate"
                + "|son|pimp|family|in laws|fiance|caregiver))\\b(?! (?:finding out|knowing|judging|seeing))");
        rule("afraid-go-home", c, "(?:afraid|scared|terrified|frightened) to (?:go|be) (?:back )?(?:home|alone at"
                + " home|in the house)\\b");
        rule("kill-me-threat", c, "(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father"
                + "|mom|mother|stepdad|stepfather|ex|brother|son|pimp|uncle)) (?:\\w+ ){0,3}(?:kill me"
                + "|murder me|hurt me|end me|shoot me|stab me|strangle me|choke me)\\b");
        rule("pointing-at-me", c, "(?:pointing|pointed|aiming|aimed|waving|holding|held) (?:it|the gun|a gun|the"
                + " knife|a knife|a weapon|his gun|her gun|his knife|her knife|the weapon) (?:at|to|against|in"
                + " front of|over) (?:me|my|us)\\b");
        rule("weapon-threat", c, "(?:he|she|they|my \\w+|someone|somebody|a man|a guy|this guy) (?:is holding|is"
                + " pointing|pointed|pulled|grabbed|is waving|waved|came at me with|threatened me with|held|has|got"
                + "|had) (?:a |his |her |their |the )?(?:gun|knife|weapon|pistol|rifle|shotgun|blade|bat|machete|axe"
                + "|hammer) (?:on|at|to|against) (?:me|my|us)\\b|(?:pointed|pointing|held|holding|pulled) (?:a |his"
                + " |her |the )?(?:gun|knife|weapon|pistol|rifle|shotgun) (?:on|at|to|against) (?:me|my|us)\\b");
        rule("intruder", c, "(?:someone|somebody|a man|a guy|a stranger|he|she|they|people|my ex|my abuser|my"
                + " stalker|my ex husband|my ex wife|my ex boyfriend|my ex girlfriend|my stepdad|my husband|my"
                + " boyfriend|my partner|my pimp) (?:is |are |s )?(?:\\w+"
                + " )?(?:breaking in|broke in|trying to break in|trying to get in|trying to break into|breaking into|broke into|in my house|inside my house|in the"
                + " house|outside my (?:door|house|window|room|apartment)|banging on my door|following me|followed"
                + " me|watching me|stalking me|waiting outside|coming for me|coming to get me|after me|hunting me)\\b");
        rule("locked-in", c, "(?:locked me (?:in|up|out)|locks me (?:in|up)|(?:will not|does not|do not|never)"
                + " let me (?:leave|go out|out|eat(?! in peace| alone)|sleep(?! in\\b)|call|talk to anyone|see my"
                + " (?:family|friends|kids|mom|parents)|have my phone|have money|go anywhere|out of (?:his|her|their)"
                + " sight|go home)|not allowed"
                + " to leave|let me go(?! (?:to|on|for|out with|back to|see|get|ahead|home early))|keeps me locked"
                + "|keeping me locked|keep me locked|trapped in (?:the|my|his|her|this) (?:house|room"
                + "|apartment|car|home)|hid my phone|held me down|holding me down|holds me down)\\b");
        rule("hiding-from", c, "(?:(?:hiding|hide|hid) (?:\\w+ ){0,4}|(?:run|running|ran|escape|escaping|escaped"
                + "|get away|getting away|got away|flee|fleeing|fled) (?:away )?)from (?:him|her|them|my (?:husband|wife|partner|boyfriend"
                + "|girlfriend|dad|father|mom|mother|stepdad|stepfather|ex|abuser|pimp|trafficker|captor)"
                + "|an abuser|my abuser|the abuser)\\b");
        rule("abuse-now", c, "(?:abusive (?:husband|partner|relationship|boyfriend|girlfriend|parents|parent|home"
                + "|father|mother|wife|marriage|dad|mom|ex|family|stepdad|stepfather|household|situation|caregiver)"
                + "|domestic (?:violence|abuse)|intimate partner violence|being groomed|sex traffick\\w*|human"
                + " traffick\\w*|trafficking victim)\\b" + NOT_PAST);
        rule("bruises", c, "(?:bruises|marks|black eye|broken (?:arm|rib|ribs|nose|wrist)|split lip|choke marks"
                + "|burns) (?:from|that) (?:him|her|them|my \\w+|he gave|she gave|they gave|he left|she left)\\b");
        rule("coming-for-me", c, "(?:he|she|they|my \\w+) (?:is|are|s) (?:coming|on (?:his|her|their) way)"
                + " (?:back )?(?:for me|to get me|to hurt me|to kill me|home drunk|after me)\\b");
        rule("forced-sex", c, "(?:forced|forces|forcing|made|makes|pressured|pressures|coerced|coerces) me (?:\\w+"
                + " )?(?:to have sex|into sex|to do sexual|sexually|to sleep with|to have intercourse|to touch"
                + "|to perform|into sexual)\\b");
        rule("touched-me", c, "(?:touched|touches|touching|groped|gropes|groping|fondled|fondles) (?:me|my body|my"
                + " private|my privates) (?:without|inappropriately|sexually|when|while|at night|down there|there)\\b");
        rule("help-he-is", c, "(?:help|please help|help me) (?:\\w+ )?(?:he|she|they) (?:is|are|s) (?:hitting"
                + "|hurting|beating|attacking|choking|coming|going to|here|back|outside|trying)\\b");
        rule("hiding-in-room", c, "(?:hiding|hid|hide|locked myself|barricaded myself|shut myself) (?:\\w+ )?in"
                + " (?:the |my |a |our |his |her |their |the kids )?(?:bathroom|closet|bedroom|room|car|basement"
                + "|garage|attic|laundry room|kids room|shower|cellar|pantry|shed) (?:\\w+ ){0,4}(?:he|she|they|him"
                + "|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|stepdad"
                + "|stepfather|stepmom|ex|brother|son|uncle|roommate))\\b(?! (?:is|are) (?:asleep|sleeping|out|gone"
                + "|away|at work)\\b)");
        rule("breaking-things-at-me", c, "{abuser} (?:is |are |s |keeps |started |has been |been |was )?(?:\\w+ )?"
                + "(?:breaking|smashing|throwing|punching|kicking|destroying|wrecking|trashing) (?:things|stuff"
                + "|everything|furniture|the furniture|walls|holes in the walls?|doors|the doors?|plates|dishes|the"
                + " house|my things|my stuff|my phone) (?:\\w+ ){0,3}(?:(?:screaming|yelling|shouting|swearing)"
                + " at (?:me|us)|threatening (?:me|us)|coming at (?:me|us)|i am (?:scared|terrified|hiding"
                + "|afraid))\\b");
        rule("locked-no-food", c, "(?:lock|locks|locked|locking|keep|keeps|kept|keeping|leave|leaves|left|shut"
                + "|shuts) (?:me|us|my (?:little )?(?:brother|sister|kids|children|son|daughter|baby|siblings)) (?:\\w+"
                + " ){0,4}(?:without (?:food|water|eating|anything to eat|meals|dinner)|with no (?:food|water))\\b"
                + "|(?:lock|locks|locking) (?:me|us) (?:in|up)\\b");
        rule("abusing-them-now", c, "(?:someone|somebody|he|she|they|my \\w+|a (?:nurse|staff member|worker"
                + "|caregiver|carer|man|woman|guy|aide)|the (?:\\w+ )?(?:staff|nurse|nurses|aide|aides|caregiver"
                + "|caregivers|carer|carers|worker|workers|man|guy|teacher|coach)) (?:at (?:the |her |his |my |their"
                + " )?(?:\\w+ ){1,3})?(?:is|are|keeps|has been|have been|s|started|been) (?:\\w+ )?(?:abusing|hitting"
                + "|beating|molesting|raping|assaulting|starving|neglecting|mistreating|drugging|choking|slapping"
                + "|hurting|punching|kicking) (?:him|her|them|my (?:\\w+ )?{person}|our (?:\\w+ )?{person})\\b(?!"
                + " (?:s|feelings|chances|career|reputation)\\b)");
    }

    /**
     * Families a third, independently written suite showed missing: lethality asked about someone else,
     * "make it look like an accident", veiled exits ("checking out soon", "planning my exit"), a widowed parent
     * who wants to "go be with" the dead spouse, the common visitor languages, and covertly drugging someone.
     */
    private static void thirdSuite() {
        CrisisCategory c = SELF_HARM;
        rule("last-sleep", c, "(?:hope|hoping|wish|wishing|pray|praying|want|wanting|need) (?:that )?(?:\\w+ ){0,3}"
                + "(?:sleep|night|nap|breath|sunrise|sunset) (?:is|will be|would be|be|becomes|turns out to be) (?:my |the )?"
                + "(?:very )?(?:last|final)\\b(?! (?:\\w+ )?(?:before|with|of|without|in|at|for|i have to|i need to"
                + "|i worry|i spend|i feel|i am in)\\b)");
        rule("how-high-to-be-sure", c, "(?:how (?:high|tall|far|far down|deep) (?:up )?(?:\\w+ ){0,3}(?:building"
                + "|bridge|roof|rooftop|floor|fall|drop|cliff|ledge|balcony|jump|window|parking garage|tower|overpass"
                + "|story|storey|height)|how many (?:floors|stories|storeys|feet|meters|metres)) (?:\\w+ ){0,8}(?:to be"
                + " sure|to be certain|to be fatal|to be deadly|to be lethal|to kill|to die|to guarantee|to make sure"
                + "|to not survive|so you do not survive|so i do not survive|for it to work|to do the job|to finish"
                + "|to be enough|for sure)\\b");
        rule("stop-someones-heart", c, "(?:what|how much|how many|which|what amount|what dose) (?:\\w+ ){0,6}(?:would"
                + "|will|could|can|to|does it take to|it takes to) (?:\\w+ )?(?:stop|stops|shut down|kill|end)"
                + " (?:someone is|somebody is|a person is|someone s|his|her|their|a human|a grown man is|an adult is"
                + "|a man is|a woman is) (?:heart|breathing|life)\\b(?! (?:from|rate from) (?:racing|pounding|beating"
                + " fast))");
        rule("look-like-accident", c, "(?:make|making|made|stage|staging|staged|disguise|disguising) (?:it|my death"
                + "|this|things|everything|it all|my suicide|the overdose|the crash) (?:look|seem|appear|pass|look more)"
                + " (?:like|as|for) (?:an |a )?(?:accident|accidental death|accidental overdose|natural causes|natural"
                + " death|heart attack|car accident)\\b");
        rule("insurance-payout", c, "(?:life insurance|insurance) (?:\\w+ ){0,4}(?:pay out|pays out|payout|still pay|pay"
                + " if|count) (?:\\w+ ){0,3}(?:suicide|if i die|if i died|if i kill|my death|if i am"
                + " gone|if it looks)\\b|(?:so|and) (?:my |the )?(?:family|kids|children|wife|husband|parents|partner"
                + "|son|daughter) (?:\\w+ ){0,2}(?:gets|get|can get|will get|collect|collects|can collect|would get)"
                + " (?:the |my )?(?:life )?(?:insurance|payout)\\b(?! (?:discount|card|plan|coverage"
                + "|rate|rates|benefits|paperwork|forms?)\\b)");
        rule("wants-out-for-good", c, "(?:want|wants|wanted|wanting|need|needs|ready|looking for a way) (?:to get )?"
                + "out (?:for good|permanently|forever|for ever|once and for all)\\b");
        rule("done-with-everything", c, "(?:i am|he is|she is|they are|i am just|i am so|i am honestly|i am"
                + " completely|i am totally|i am really|says he is|says she is) (?:\\w+ )?done with (?:everything"
                + "|it all|all of it|life|everyone and everything|this world)\\b(?! (?:on|for|in|at|from|related"
                + "|regarding|you|the|we|i need|paperwork|forms)\\b)");
        rule("final-message", c, "(?:final|last) (?:message|msg|post|text|note|words|entry) (?:\\w+ ){0,3}(?:i am done"
                + "|i am finished|i am out|goodbye|good bye|bye|love you|forgive me|sorry|take care of|i am gone"
                + "|i can not do this|i am sorry)\\b|(?:this is|here is|consider this) my (?:final|last) (?:message|msg"
                + "|post|text)$");
        rule("checking-out-soon", c, "(?:checking|check|checked) out (?:soon|tonight|early|for good|permanently"
                + "|this week|this weekend)\\b(?! (?:the|your|a|an|this|that|some|my|clinic|options"
                + "|of (?:the|my|your) (?:hotel|clinic|store|hospital|cart))\\b)");
        rule("life-not-for-me", c, "(?:life|living|this life|being alive|existence|this world|being here) (?:is|just is"
                + "|really is|honestly is|is just|is really|is simply) (?:just )?not (?:for me|meant for me|my thing"
                + "|made for me)\\b|(?:i am|i was) (?:just )?not (?:meant|made|built) (?:for|to be in)"
                + " (?:this )?(?:life|world|living|this world|being alive)\\b|(?:do not|never|just do not) belong (?:in|on)"
                + " (?:this )?(?:world|earth|life|planet)\\b");
        rule("planning-exit", c, "(?:planning|planned|plan|planning out|plotting|preparing|prepared|prepare|ready for"
                + "|figuring out|figured out|arranging|scheduled|scheduling|time for|working out|thinking about|made)"
                + " my (?:final |permanent |last |quiet |own )?(?:exit|way out|final exit|end)\\b(?! (?:strategy"
                + "|interview|plan|visa|ticket|row|door|from (?:the|my|this|that|a) (?:company|job|work|apartment|lease"
                + "|house|contract|marriage|relationship|firm|team|industry|program|country)|of the)\\b)"
                + "|(?:exit|way out) (?:from|of) (?:this )?(?:world|life|earth|existence)\\b");
        rule("go-be-with-dead", c, "(?:want|wants|wanted|wanting|ready|long|longs|longing|wish|wishes|need|needs|going"
                + "|says|said|keeps saying|talks about|talking about|talked about|just want) (?:to )?(?:just )?go"
                + " (?:and )?(?:be with|join) (?:my |her |his |their |our )?(?:late )?(?:dad|mom|father|mother"
                + "|husband|wife|son|daughter|brother|sister|grandma|grandpa|partner|spouse|baby|him|her|them|mum"
                + "|papa|mama|grandmother|grandfather|twin|boyfriend|girlfriend|fiance|fiancee)(?:$| again| in heaven"
                + "| soon| up there| on the other side| already| forever|(?= (?:and )?(?:she|he|they) (?:stopped|is not"
                + "|will not|refuses|quit|has stopped)\\b))");
        rule("stopped-eating-and-meds", c, "(?:stopped|stopping|stops|quit|quitting|refuses|refusing|refused|will not"
                + "|won t|is not|has not been|not) (?:eating|eat) (?:\\w+ ){0,2}(?:and|or) (?:stopped |quit |refuses"
                + " |refusing |is not |not |will not |won t |does not |has stopped |also stopped |refuses to )?(?:taking|take) (?:her|his|their|my) (?:meds|medication|medications"
                + "|pills|insulin|medicine|medicines|heart meds|blood pressure meds)\\b");
        rule("foreign-want-die", c, "(?:quiero|quiere|quisiera|deseo|tengo ganas de|ganas de|voy a|me voy a|pienso"
                + " en|quero|vou|je veux|je vais|j ai envie de|voglio|ich will|ich mochte|chcę|chce) (?:me |te )?"
                + "(?:morir|morirme|morirse|matarme|suicidarme|morrer|me matar|matar me|mourir|me tuer|me suicider"
                + "|morire|uccidermi|ammazzarmi|sterben|mich umbringen|umrzec)\\b|me (?:quiero|voy a) (?:morir|matar)\\b"
                + "|(?:no|nao|ne|non|nicht) (?:quiero|quero|veux|voglio|will) (?:mas |mais |plus |piu |mehr )?"
                + "(?:vivir|viver|vivre|vivere|leben|seguir viviendo|continuar vivendo|estar vivo|estar viva)\\b"
                + "|(?:quitarme|quitar me|tirar) (?:la|a) (?:minha )?vida\\b|acabar con (?:mi vida|todo)\\b"
                + "|(?:ya|you|no) no aguanto (?:\\w+ ){0,4}(?:vivir|la vida|morir\\w*|matar\\w*|muerte|mas)\\b"
                + "|en finir (?:avec la vie)?$|ich will nicht mehr leben\\b");
        rule("dropped-g-self", c, "(?:offin|killin|hangin|cuttin|shootin|stabbin|endin|hurtin|harmin|drownin"
                + "|poisonin|burnin|overdosin|unalivin|deletin|slittin) (?:{refl}|my self)\\b(?! (?:up|out)\\b)"
                + "|(?:offin|killin|endin) me\\b(?! (?:up|out)\\b)");
        rule("want-2-die", c, "(?:want|wants|wanna|wish|need|ready|going|gonna|deserve|plan) (?:to )?(?:2|too|ta|tu) (?:die"
                + "|be dead|kill myself|end it)\\b");
        rule("because-i-want-to", c, "(?:overdose|overdosing|die|dying|kill myself|end it|jump|hang|lethal|fatal"
                + "|stop my heart|not wake up) (?:\\w+ ){0,8}(?:because|cause|cuz|since|coz) (?:i )?(?:kind of |kinda"
                + " |sort of |really |honestly |actually |just |secretly )?(?:want to|want|might|am thinking about it"
                + "|am considering it|am planning to|plan to|am going to)(?:$| do it| try)");
        rule("hurt-to-die", c, "(?:would|does|will|is|how much does|how much would) it (?:hurt|be painful|painful)"
                + " (?:to|if i|if you) (?:overdose|die|hang|jump|drown|bleed out|shoot|slit|od|suffocate)\\b");
        rule("see-myself-here-by", c, "(?:do not|can not|can no longer|no longer|honestly do not) (?:really |even )?"
                + "(?:see|picture|imagine|expect) (?:myself|me) (?:still )?(?:being )?(?:here|around|alive)"
                + " (?:by|for|at|in|next|after|much longer|past|till|until|to see|anymore)\\b");
        rule("not-a-problem-much-longer", c, "(?:will not|wont|not going to|am not going to|will no longer) be (?:a"
                + " |an )?(?:problem|burden|bother|issue|nuisance|trouble|pain|worry) (?:for|to|on) (?:\\w+ ){1,2}"
                + "(?:much longer|for much longer|anymore|any more|any longer|soon|after tonight|after today|for"
                + " long)\\b");
        rule("skin-open", c, "(?:scratch|scratching|scratched|pick|picking|picked|tear|tearing|tore|rip|ripping"
                + "|dig|digging|dug|claw|clawing|clawed|bite|biting|gouge|gouging) (?:at )?(?:my|his|her) (?:own )?"
                + "(?:skin|arms?|legs?|wrists?|face|thighs?|hands?) (?:open|raw|until it bleeds|till it bleeds|bloody"
                + "|until i bleed|till i bleed|until they bleed|till they bleed|(?:until|till) (?:they|it) (?:are|is)"
                + " (?:raw|bleeding|bloody|open))\\b");
        rule("blade-on-body", c, "(?:(?:scratch|scratching|scratched|scrape|scraping|scraped|drag|dragging|dragged"
                + "|press|pressing|pressed|rub|rubbing|rubbed) (?:at )?(?:my|his|her) (?:own )?(?:wrists?|arms?"
                + "|forearms?|thighs?|skin|stomach|veins?) with (?:a |an |the |my |some )?(?:razor|razor blade|razors"
                + "|blade|blades|knife|shard|piece of glass|broken glass|glass|scissors|box cutter|safety pin|needle)"
                + "|(?:razor|razor blade|blade|knife) (?:to|on|across|against|over|along|into) (?:my|his|her) (?:own )?"
                + "(?:wrists?|arms?|forearms?|thighs?|throat|veins?))\\b");
        rule("fade-never-back", c, "(?:i|me|myself|wish i could|i want to|i just want to|i would|i could|i will"
                + "|i am going to|let me|just want to|i wanna) (?:just |simply |quietly )?(?:fade away|fade out|disappear|vanish|go away|leave"
                + "|drift away|slip away) (?:\\w+ )?(?:and )?(?:never|not) (?:come back|return|be seen again|wake up|be found)\\b");
        rule("want-end-me", c, "(?:want|wants|going|ready|need|plan|planning|about|trying|tempted|decided) to"
                + " (?:just )?(?:end|off|erase|unalive|delete) me\\b(?! (?:a|an|the|some|up|out|over|back)\\b)");
        rule("step-in-front", c, "(?:think|thinking|thought|imagine|imagining|picture|picturing|urge|urges|want"
                + "|wanting|tempted|dream|dreaming) (?:about |of |to )?(?:just )?(?:stepping|step|walking|walk|jumping"
                + "|jump|lying|lie|throwing myself|falling) (?:out )?(?:in front(?:$| of (?:it|one|them|a train|the"
                + " train|a car|a bus|a truck|traffic|oncoming|the next|a subway))|onto the (?:tracks|rails|road"
                + "|highway)|into traffic|into the road)\\b");
        rule("enough-not-come-back", c, "enough (?:\\w+ ){0,4}to (?:not|never) (?:come back|return|survive|wake"
                + " up|recover|make it)\\b");

        CrisisCategory h = HARM_TO_OTHERS;
        rule("drug-without-knowing", h, "(?:knock|knocking|knocked|drug|drugging|drugged|sedate|sedating|sedated"
                + "|dose|dosing|dosed|spike|spiking) (?:\\w+ ){0,6}(?:without"
                + " (?:them|him|her|my \\w+|his \\w+|their \\w+|the \\w+|anyone|someone) (?:knowing|noticing|realizing"
                + "|realising|tasting|finding out|consenting)|without (?:their|his|her) (?:knowledge|consent)|so (?:they"
                + "|he|she) (?:will not|would not|do not|does not|can not|won t) (?:notice|know|taste|realize|realise"
                + "|wake up|remember|fight back))\\b");
        rule("knock-someone-out", h, "(?:how much|how many|what|which|enough) (?:\\w+ ){0,6}(?:to|would|will|could"
                + "|can) (?:knock (?:someone|somebody|a person|him|her|them|my \\w+|a grown man|an adult) (?:out"
                + "|unconscious|cold)|make (?:someone|somebody|a person|him|her|them|my \\w+|a grown man|an adult)"
                + " (?:unconscious|black out))\\b");
        rule("put-in-food", h, "(?:put|putting|slip|slipping|spike|spiking|mix|mixing|crush|crushing|sneak|sneaking"
                + "|hide|hiding|add|adding|pour|pouring|dissolve|dissolving) (?:something|some stuff|poison|rat poison"
                + "|drugs|pills|sleeping pills|ketamine|xanax|ambien|bleach|antifreeze|crushed pills|benadryl|a pill|a"
                + " few pills|roofies|a roofie) (?:\\w+ )?(?:in|into) (?:his |her |their |my (?:\\w+ ){1,2}|someone is"
                + " |somebody is )(?:\\w+ )?(?:drink|food|coffee|tea|meal|water|soup|dinner|lunch|breakfast|juice|wine"
                + "|beer|smoothie|cup|bottle|plate|shake|sandwich|cereal)\\b");

        CrisisCategory a = ABUSE;
        rule("banging-on-door", a, "(?:banging|pounding|kicking|hammering|bashing|slamming|trying to break"
                + "|breaking down|trying to kick|punching) (?:on |in |down )?(?:the|my) (?:\\w+ )?(?:door|doors"
                + "|window)(?: \\w+){0,3} (?:right now|and i am hiding|i am hiding|i am scared|i am terrified|help"
                + "|and screaming|and yelling|screaming|yelling|threatening|trying to get in)\\b");
        rule("forces-me-things", a, "(?:forces|forced|forcing|coerces|coerced|coercing) me (?:to do|into doing|into)"
                + " (?:things|stuff|sexual things|sex stuff|what he wants|what she wants|stuff) (?:that )?i (?:do not"
                + "|did not|never) want\\b");

        CrisisCategory m = MEDICAL_EMERGENCY;
        rule("vomiting-nonstop", m, "(?:vomiting|throwing up|puking|retching) (?:\\w+ )?(?:nonstop|non stop"
                + "|constantly|continuously|uncontrollably|for hours|all night|blood|and (?:\\w+ ){0,2}(?:confused"
                + "|disoriented|can not think|can not stand|can not walk|passing out|fainting))\\b");
        rule("child-drank-medicine", m, "(?:toddler|baby|child|kid|son|daughter|little one|grandson|granddaughter"
                + "|niece|nephew|infant|dog|puppy|cat) (?:\\w+ ){0,2}(?:swallowed|ate|got into|drank|chewed|ingested"
                + "|took|got hold of|drunk) (?:\\w+ ){0,5}(?:liquid )?(?:medicine|meds|medication|syrup|cough syrup"
                + "|tylenol|motrin|benadryl|pills|tablets)\\b");
    }

    private static void idioms() {
        idiom("kill-pain", "(?:kill|kills|killed|killing|killer) (?:the |my |your |all the |all my |that |this |off"
                + " the |off my |his |her |some of the |a lot of the )?(?:(?!myself|me |himself|herself|themselves"
                + "|yourself|him |her |them |my self|everyone|everybody|someone|somebody|people|you )\\w+ )?(?:pain|pains|ache|aches|headache"
                + "|headaches|migraine|migraines|buzz|mood|vibe|time|germs|bacteria|virus|viruses|cravings|craving"
                + "|urge|urges|appetite|nerve pain|nerves|nerve|brain cells|brain cell|neurons|bugs|weeds|lights"
                + "|engine|battery|conversation|joke|momentum|depression|anxiety|symptoms|inflammation|infection"
                + "|cancer|tumor|tumour|cells|fever|boredom|noise|music|it|process|app|signal|zoom|call|deal|plan"
                + "|idea|chance|workout|game|exam|test|interview|presentation|flies|spiders|mosquitoes|ants|rats"
                + "|mice|fleas|lice|roaches|plants|grass|two birds|the switch)\\b");
        idiom("killer", "(?:killer|killers) \\w+\\b|(?:painkiller|painkillers|pain killer|pain killers)\\b");
        idiom("dying-to", "(?:dying|die|died|dies) (?:to (?:know|try|see|hear|ask|find out|get|go|start|learn|meet"
                + "|talk|book|understand|tell|have|read|visit|eat|taste|sleep|be done with this|be there|finish"
                + "|speak|schedule)|down|out|off|hard|of laughter|laughing|of embarrassment|from embarrassment|of"
                + " shame|of boredom|from boredom|of curiosity|of cuteness|for (?:my|you|them|him|her|our|a|the"
                + " cause))\\b");
        idiom("killing-me", "(?:wait|waiting|pain|back|feet|foot|head|knees|knee|neck|shoulder|shoulders|migraine"
                + "|headache|job|work|boss|commute|traffic|suspense|heat|cold|kids|price|cost|this|that|it|insurance"
                + "|uncertainty|curiosity|stress|bill|bills|hips|hip|legs|leg|joints|tooth|teeth|stomach|cramps"
                + "|period|allergies|sinuses|jaw|arthritis|fibro|fibromyalgia|sciatica|hangover|humidity|line|queue"
                + "|process|paperwork|waitlist|wait list|shoes|heels|boots|cough|cold|flu|schedule|deadline"
                + "|deadlines|homework|exams|anticipation|not knowing|they|these|those|migraines|headaches|symptoms"
                + "|nerves|periods|flares|flare ups) (?:is|are|was|were|has been|have"
                + " been|keeps|keep|is just|are just|is literally|are literally|is really|are really|is absolutely"
                + "|are absolutely|is seriously|is honestly|is kind of|is kinda|is slowly|are slowly|have been"
                + " literally|had been) (?:killing"
                + " me|going to kill me|gonna kill me|will kill me|murdering me)\\b");
        idiom("dead-tired", "dead (?:tired(?! of)|on my feet|beat|serious|set|wrong|right|last|center|centre"
                + "|end|ringer|zone|silent|quiet|asleep|battery|phone|giveaway|heat|weight of the|calm|easy|simple"
                + "|straight|ahead|even|inside joke)\\b|(?:phone|battery|laptop|car|plant|plants|computer|wifi"
                + "|internet|tablet|charger|headphones) (?:is |has |just |totally |is going to |is about to |is"
                + " gonna |about to |going to )?(?:dead|died|dying|die)\\b");
        idiom("shoot-me-a-text", "shoot (?:me|you|us|them|him|her) (?:a |an |over a |over an |over )?(?:quick"
                + " )?(?:text|message|email|line|call|dm|note|reply|link|msg|pm|mail|txt|email over)\\b|shoot"
                + " (?:me|us) (?:over|back)\\b|give it a shot\\b|booster shot\\b|(?:flu|covid|b12) shot\\b"
                + "|shot in the dark\\b|long shot\\b");
        idiom("cut-down", "(?:cut|cuts|cutting) (?:down|back|out|off|short|corners|costs|ties|loose|in line|to the"
                + " chase|it close|it out|the cord|class|school|carbs|sugar|caffeine|coffee|alcohol|drinking"
                + "|gluten|dairy|meat)\\b|(?:cut|cuts|cutting) (?:\\w+ )?(?:hair|grass|lawn|wood|paper|fabric"
                + "|costs|prices|expenses)\\b|(?:cut|cuts|cutting) (?:my|his|her|your|the|a|their|our) (?:own )?(?:\\w+"
                + " )?(?:hair|nails|bangs|grass|lawn|food|meat|dose|doses|pill|pills|tablet|tablets|meds|hours"
                + "|losses|budget|costs|spending|sugar|carbs|caffeine|coffee|alcohol|drinking|ties|cord|cable"
                + "|check|finger|fingers|hand|thumb|foot|toe|onions|vegetables|bread|cake|paper|coupons|medication"
                + "|medications|dosage|prescription|benzos|xanax|opioids|antidepressants|ssri|ssris)\\b"
                + "|(?:hair ?cut|paper cut|price cut|pay cut|tax cut|cut off date|cutoff|cut and dry|cut out for"
                + "|cutting edge|cutting board|cut above)\\b");
        idiom("feet-killing", "(?:my )?(?:feet|back|legs|knees|head|neck|joints|hips) (?:are|is) killing me\\b");
        idiom("deadline", "(?:deadline|deadlines|dead line|deadlift|deadlifts|deadbolt|dead end job|deadpan|dead"
                + " sea|grateful dead|walking dead|dead poets|dead by daylight|dead space|red dead)\\b");
        idiom("end-with-partner", "(?:end|ending|ended|end things|ending things|end it|ending it) (?:things |it )?"
                + "with (?:him|her|them|my (?:boyfriend|girlfriend|bf|gf|partner|husband|wife|ex|fiance|fiancee"
                + "|therapist|provider|doctor|psychiatrist|job|clinic))\\b");
        idiom("to-die-for", "(?:to die for|die hard|die hards|do or die|never say die|the die is cast|over my dead"
                + " body|bored to death|scared to death|scared me to death|worried to death|sick to death"
                + "|frightened to death|tickled to death|love (?:\\w+ )?to death|to death of|death metal|death"
                + " valley|near death experience|death star|death by chocolate|died laughing|dying laughing|kill it|killed it|killing it|nailed it|kill time|killing time|killed time|kill"
                + " two birds|would kill for|could kill for|i would kill for|kill for a|killer deal|kill switch"
                + "|kill joy|killjoy|killing the game|slay|slaying|slayed)\\b");
        idiom("end-of-life", "(?:end of life|end of my life care|end of life care|end stage|end of the day|end of"
                + " the week|end of the month|end of the year|end of treatment|end of the session|end of my rope"
                + " with insurance|end of my infusion|end result|end goal|happy ending|dead end)\\b");
        idiom("pull-trigger-on", "pull (?:the|that) trigger on\\b");
        idiom("emergency-info", "(?:in (?:an|case of|case of an|the event of an) emergency|emergency (?:contact"
                + "|contacts|number|appointment|appointments|line|services|protocol|protocols|plan|kit|fund)|(?:what"
                + " (?:if|happens if)|in case) (?:there is |there s )?(?:an )?emergency|(?:who|what) do i call"
                + " (?:after hours|if i have questions))\\b");
        idiom("overdose-info", "(?:signs|sign|symptoms|symptom|risk|risks|chance|chances|danger|dangers) of"
                + " (?:an? )?(?:ketamine )?(?:overdose|overdosing|od)\\b|(?:can|could) you (?:overdose|od) on\\b");
        idiom("hurt-feelings", "(?:hurt|hurting|hurts) (?:his|her|their|your|my|anyone s|someone s|people s)"
                + " (?:feelings|feeling|chances|career|reputation|credit|case|relationship)\\b|(?:did|does|will"
                + "|would|is) (?:it|the infusion|the needle|the iv|the shot|that|this) (?:\\w+ )?hurt"
                + " (?:him|her|them|you|me)\\b");
        idiom("beat-myself-up", "(?:beat|beating|beats) (?:myself|yourself|himself|herself) up\\b");
        idiom("hang-out", "(?:hang|hanging|hung) (?:out|in there|on|up the phone|up on|up)\\b");
        idiom("drown-sorrows", "drown(?:ing)? (?:my|our|his|her) sorrows\\b|drowning in (?:work|paperwork|bills"
                + "|emails|debt|homework)\\b");
        idiom("kill-them-kindness", "kill (?:them|him|her|you|everyone) with kindness\\b");
        idiom("killing-time", "killing (?:time|it)\\b");
        idiom("side-effect-info", "(?:cause|causes|causing|give you|gives you|lead to|leads to|side effects? (?:like"
                + "|such as|of|include|includes)|risk of|risks of|chance of|symptoms like|linked to|associated with"
                + "|history of|prone to|diagnosed with) (?:\\w+ )?(?:chest pain|chest pains|chest tightness|seizures?"
                + "|palpitations|shortness of breath|trouble breathing|difficulty breathing|breathing problems|heart"
                + " attacks?|strokes?|high blood pressure|blood pressure|racing heart|heart racing|fainting|passing"
                + " out|unconsciousness|hallucinations|vomiting|serotonin syndrome|respiratory depression|cardiac"
                + " arrest|anaphylaxis|allergic reactions?)\\b");
        idiom("past-abuse", "(?:history of|survivor of|survived|from|after|past|former|previous|childhood|old|healing"
                + " from|recovering from|years of|ptsd from|trauma from) (?:a |an |my |the )?(?:past |previous |former"
                + " |old |childhood |long )?(?:domestic (?:violence|abuse)|abusive (?:relationship|marriage|home"
                + "|childhood|parents?|ex|partner|father|mother|household|husband|wife|boyfriend|girlfriend|family)"
                + "|sexual abuse|child abuse|physical abuse|abuse|trauma|rape|assault|sexual assault)\\b");
        idiom("heart-attack-idiom", "(?:almost|nearly|about to|going to|gonna|practically|basically|you will"
                + "|literally) (?:had |have |gave me |give me |giving me )?(?:a )?heart attack\\b|gave me a heart"
                + " attack\\b");
        idiom("history-of-event", "(?:had|have had|suffered|survived|history of) (?:a |two |my |an )?(?:\\w+ )?"
                + "(?:heart attack|stroke|seizure|seizures|cardiac arrest|overdose|overdoses) (?:\\w+ ){0,2}(?:years?"
                + "|months?|weeks?|decades?) ago\\b|(?:had|have had|suffered|survived) (?:a |an )?(?:heart attack"
                + "|stroke|overdose|seizure) (?:in|last) (?:\\d{4}|year|\\w+ year)\\b");
        idiom("is-it-side-effect", "(?:is|are|can|does|do) (?:\\w+ )?(?:chest pain|chest tightness|chest pains|a"
                + " racing heart|heart racing|shortness of breath|trouble breathing|seizures?|palpitations|passing"
                + " out|fainting|high blood pressure|vomiting|double vision|blurry vision) (?:a |an )?(?:normal"
                + " |common |known |typical |possible |usual |rare )?(?:side effect|symptom|risk|reaction)\\b");
        idiom("unresponsive-to-treatment", "(?:unresponsive|not responding|did not respond|not responsive|non"
                + " responsive|nonresponsive) to (?:\\w+ ){0,2}(?:treatment|treatments|medication|medications|meds"
                + "|ect|therapy|ssris?|antidepressants|tms|everything|anything|drugs|other)\\b|(?:page|site|website|app"
                + "|button|link|screen|portal|form|system|phone line|chat|widget|server|computer|browser|booking page"
                + "|payment page|phone|laptop) (?:\\w+ ){0,2}(?:is |was |keeps |seems )?(?:not responding|unresponsive"
                + "|frozen|froze|crashed|collapsed|passed out)\\b");
        idiom("too-much-coffee", "too (?:much|many) (?:coffee|caffeine|sugar|food|fun|wine|to drink|tea|energy"
                + " drinks?|time|questions|work|stress|screen time|sleep|salt|emails|calls|things|people|paperwork"
                + "|options)\\b");
        idiom("dying-for", "dying for (?!real\\b)\\w+");
        idiom("go-on-vacation", "go on (?:(?:a|an|the|my|more|another|other|new|different|long term|any other|some"
                + "|any new|a new) )?(?:\\w+ )?(?:vacation|holiday|trip|date|leave|medication|medications|meds"
                + "|antidepressants|ketamine|spravato|record|tour|walk|run|hike|cruise|honeymoon|break|pills|drugs"
                + "|ssris?|lithium|birth control|disability|strike|diet|dates|treatment|waitlist|wait list)\\b");
        idiom("pain-to-stop-info", "(?:does|will|can|would|could) (?:it|ketamine|the infusion|this|treatment)"
                + " (?:\\w+ )?make (?:the|my) pain (?:stop|end|go away)\\b");
        idiom("shoot-over-a-note", "shoot (?:you guys|you all|y all|ya|everyone|the team|the clinic|the office"
                + "|your office|your team|my doctor|the doctor|my therapist|my psychiatrist|the front desk|them"
                + " all|you|me|us|him|her|them) (?:a |an |over a |over an |over |another |back a |back an )?(?:quick"
                + " |short |brief |follow up |few )?(?:text|texts|message|messages|email|emails|line|call|dm|dms"
                + "|note|reply|link|msg|pm|mail|txt|question|questions|fax|copy)\\b");
        idiom("habitual-chest-panic", "(?:i|he|she|they) (?:often |sometimes |usually |always |also |tend to )?(?:get"
                + "|gets|have|has|used to get) (?:a )?(?:tight chest|chest tightness|chest pain|chest pains|racing"
                + " heart|heart racing|palpitations|tightness in my chest) (?:from|with|during|when|because of"
                + "|whenever) (?:i have |i get |my |the )?(?:panic|anxiety|stress|panic attacks|anxiety attacks)\\b");
        idiom("overdose-hypothetical", "(?:what (?:should|do|would|can) (?:i|you|we|one|people) do|how (?:do|should"
                + "|would|can) (?:i|you|we) (?:help|respond|react)|how to (?:help|respond)) (?:if|when) (?:i |you |we"
                + " )?(?:ever )?(?:see|find|notice|come across|witness) (?:someone|somebody|a person|a friend"
                + "|anyone|people|a stranger) (?:who is |that is |is )?(?:overdosing|overdose|overdoses|having an"
                + " overdose)\\b");
        idiom("poison-control-number", "(?:what is|what s|whats|is there|do you have|what number is|where do i"
                + " find|where can i find|can you give me|could you give me) (?:the |a )?(?:phone )?(?:number (?:for"
                + "|of) |hotline for )?poison control(?: number| hotline| phone number| line)?\\b");
        idiom("symptoms-of-too-much", "(?:signs|sign|symptoms|symptom|effects|risks|risk|dangers|danger"
                + "|consequences) of (?:taking|having|using|doing|getting) (?:way )?too (?:much|many)\\b"
                + "|what happens (?:if|when) (?:you|someone|a person|people|one) (?:take|takes|has|have|uses|use"
                + "|gets|get|does|do) (?:way )?too (?:much|many)\\b");
        idiom("event-years-ago", "(?:heart attack|heart attacks|stroke|strokes|seizure|seizures|cardiac arrest"
                + "|overdose|overdoses) (?:was|were|happened|occurred) (?:\\w+ ){0,2}(?:years?|decades?|months?"
                + "|\\w+ years?) ago\\b|(?:heart attack|stroke|seizure|cardiac arrest|overdose) (?:back )?in"
                + " (?:19|20)\\d\\d\\b");
        idiom("mild-blackout-question", "(?:blacked out|passed out|fainted|zoned out) (?:a little|a bit|a little"
                + " bit|briefly|slightly|kind of|kinda|sort of|for a (?:second|moment|few seconds|minute))"
                + " (?:during|in|at|after) (?:my|the) (?:\\w+ )?(?:infusion|session|treatment|appointment)\\b"
                + "|(?:blacked out|passed out|fainted|zoned out) (?:a little |a bit |briefly |slightly )?(?:during"
                + "|in|at) my (?:first|last|previous|second|third|earlier) (?:infusion|session|treatment"
                + "|appointment) (?:\\w+ )?(?:is|was) (?:that|this|it) (?:normal|typical|common|expected|usual)\\b");
        // A past medical event or abuse told calmly: only with a time marker in the past, and (for overdoses,
        // taking too much and abuse) a recovery or safety marker; the gap words never include intent or "now".
        idiom("past-event-when", "(?:had|have had|suffered|survived|experienced|went through) (?:a |an |one |two"
                + " |my |his |her |their )?(?:\\w+ )?(?:heart attack|stroke|seizure|seizures|cardiac arrest|mini"
                + " stroke|tia) (?:once )?" + CALM + "{0,4}(?:years? ago|decades? ago|months? ago|years back|a while"
                + " back|a while ago|a few years back|long ago|as a (?:teen|teenager|kid|child|baby|toddler|young"
                + " \\w+)|when i was (?:a |young|little|\\d+|in)|when (?:he|she|they) was (?:a |young|little|\\d+|in)"
                + "|in (?:high school|college|my (?:teens|twenties|thirties|20s|30s))|back in (?:\\d{4}|the \\w+"
                + "|college|high school)|in (?:19|20)\\d\\d|last year)\\b");
        idiom("died-of-event-at", "(?:died|passed away|passed|dead) (?:of|from|after|due to) (?:a |an )?(?:\\w+ )?"
                + "(?:heart attack|stroke|seizure|cardiac arrest|heart failure|aneurysm) (?:at \\d+|at age \\w+|at the"
                + " age of \\w+|in (?:19|20)\\d\\d|years ago|when (?:i|he|she) was|before i was born|in his \\w+"
                + "|in her \\w+|young)\\b|family history of (?:\\w+ )?(?:heart attacks?|strokes?|seizures?|heart"
                + " disease|cardiac arrest|overdoses?)\\b");
        idiom("past-overdose-recovered", "(?:overdosed|had an overdose|had overdoses|nearly overdosed|almost"
                + " overdosed|took (?:way )?too (?:much|many)) " + CALM + "{0,5}(?:back in (?:college|high school"
                + "|\\d{4}|the day)|in (?:19|20)\\d\\d|years ago|in college|in high school|as a (?:teen|teenager|kid)"
                + "|last year|a while back|a few years back|years back|when (?:he|she|i|they) was \\w+) " + CALM
                + "{0,6}(?:is |has been |have been |has |was |been |and )?(?:fine now|okay now|ok now|doing well now"
                + "|doing great now|doing well|fully recovered|recovered|made a full recovery|full recovery|clean since"
                + "|sober since|clean ever since|sober ever since|clean for \\w+|sober for \\w+|in recovery"
                + "|alive and well|by accident|by mistake|accidentally)\\b");
        idiom("by-accident-last-year", "(?:last year|years ago|a while back|in (?:19|20)\\d\\d|as a (?:teen"
                + "|teenager|kid)|in college|once) (?:i |he |she |they |my \\w+ )?(?:accidentally )?(?:took|had|taken)"
                + " (?:way )?too (?:much|many) (?:\\w+ ){0,2}(?:by accident|by mistake|accidentally)\\b");
        idiom("past-abuse-safe-now", "(?:was in|been in|was|lived in|grew up in|left|escaped|got out of|survived)"
                + " (?:an |a )?(?:abusive|violent) (?:relationship|marriage|home|household|family|partner|ex"
                + "|boyfriend|girlfriend|husband|wife) " + CALM + "{0,4}(?:years ago|ago|in (?:19|20)\\d\\d|as a"
                + " (?:kid|child|teen)|growing up|when i was \\w+|in my \\w+s|back then|in the past) " + CALM
                + "{0,3}(?:i am safe now|safe now|i am out now|i am out|i got out|it is over|it is long over|i left"
                + "|i am fine now|i am okay now|doing well now|i am healed|i am in a good place)\\b");
        idiom("dying-of-suspense", "(?:dying|died|die|dead) (?:of|from) (?:suspense|curiosity|boredom|laughter"
                + "|laughing|embarrassment|anticipation|cringe|cuteness|jealousy|envy|excitement|impatience|the"
                + " suspense|the heat|heat here|hunger here)\\b");
        idiom("kill-me-for-spending", "kill me (?:for|when (?:she|he|they) (?:sees|see|finds out about|hears about))"
                + " (?:spending|buying|wasting|the bill|this bill|the price|the cost|booking|ordering|shopping"
                + "|splurging|being late|forgetting|missing|losing|breaking|scratching|denting|eating|this purchase"
                + "|all this money)\\b");
        idiom("shoot-over-records", "shoot (?:you guys|you all|y all|ya|you|the team|the clinic|the office|your"
                + " office|them|him|her|us|me|it) (?:over )?(?:my|the|a|an|some|those|these|our|his|her|copies of|a"
                + " copy of|over my|over the) (?:\\w+ ){0,2}(?:records|record|forms|form|info|information|paperwork"
                + "|details|documents|docs|files|file|insurance|results|labs|referral|number|address|photo|pics"
                + "|pictures|screenshot|schedule|availability|notes|list|invoice|receipt|history|chart|card)\\b");
        idiom("prevent-overdoses", "(?:prevent|preventing|prevents|avoid|avoiding|avoids|reduce|reducing|minimize"
                + "|minimizing|protect against|guard against|monitor for|screen for|watch for|safeguards? against)"
                + " (?:an |any |accidental |the |possible )?(?:overdose|overdoses|overdosing|ods)(?: from happening)?\\b");
        idiom("poison-control-question", "(?:does|do|can|will|would|could|should) (?:i call )?poison control"
                + " (?:\\w+ )?(?:handle|take|answer|cover|help with|deal with|know about|accept|advise on|give advice"
                + " on|field|get) (?:\\w+ ){0,2}(?:questions?|calls?|cases?|info|information|ketamine|drug"
                + " questions)\\b");
        idiom("if-someone-took-too-much", "if (?:someone|somebody|a person|a friend|a patient|people|one|you|anyone"
                + "|a guest) (?:\\w+ )?(?:took|takes|take|has taken|had|used|uses|does|did|drank|drinks) (?:way )?"
                + "too (?:much|many)\\b(?= (?:\\w+ ){0,6}(?:should|would|do|does|what|is|can|could|how|will)\\b)"
                + "(?: " + CALM + "{0,6}(?:should|would|do|can) (?:we|they|i|you|he|she) (?:call 911|call an ambulance"
                + "|call poison control|go to the (?:hospital|er|emergency room)|take (?:them|him|her) to the"
                + " (?:hospital|er)))?");
        idiom("what-if-patient-event", "(?:what (?:do|does|would|will|should|happens if|is the protocol if) (?:\\w+"
                + " ){0,3}(?:do )?(?:if|when|in case)|how do you (?:handle|deal with|manage|respond)(?: it)? (?:if"
                + "|when)|what is your protocol (?:if|when)|is there a protocol (?:if|when|for when)) (?:a |the |one of"
                + " your |your )?(?:patient|patients|client|clients|someone|somebody|person|people) (?:\\w+ ){0,2}"
                + "(?:stops breathing|stop breathing|has a seizure|have a seizure|has a bad reaction|has a reaction"
                + "|passes out|pass out|faints|overdoses|has chest pain|has a heart attack|has a stroke|becomes"
                + " unresponsive|goes unresponsive|stops responding|gets chest pain|vomits|chokes|panics|has trouble"
                + " breathing)\\b");
        idiom("lethal-in-huge-doses", "(?:can|could|may|might) be (?:lethal|fatal|deadly) (?:in|at|with)"
                + " (?:huge|high|large|big|very high|very large|massive|extreme|excessive|enormous) (?:doses"
                + "|amounts|quantities)\\b");
    }

    private static void context() {
        concern("means", SELF_HARM, "(?:gun|guns|firearm|pistol|rifle|shotgun|revolver|rope|ropes|razor|razors"
                + "|razor blade|razor blades|my blade|a blade|box cutter|bottle of pills|all my pills|all my meds"
                + "|sleeping pills|my stash|enough pills|charcoal|bridge|ledge|rooftop|cliff|train tracks|overpass"
                + "|parking garage|tall building|high place)\\b");
        concern("mood", SELF_HARM, "(?:hopeless|worthless|a burden|no hope|lost all hope|lost hope|giving up|gave up"
                + " on|can not cope|can not take it|can not do this|nobody cares|no one cares|nobody loves me|no one"
                + " loves me|hate myself|hate my life|done with everything|so done|i am done|had enough|want it to"
                + " stop|want it to end|make it stop|end the pain|no way out|want out|tired of trying|tired of"
                + " fighting|tired of everything|empty inside|numb inside|dead inside|nothing matters|lost"
                + " everything|what is the point|no point|alone forever|all alone|can not go on|unbearable|can not"
                + " bear|falling apart|hate everything|wish it would end|just want peace|want to rest|tired of"
                + " life|miserable|desperate|despair|sorry for everything|forgive me|ready to go|not worth it"
                + "|pointless|meaningless|suicidal|relapsed|no future|end of my rope|trapped)\\b");
        escalator("time", "(?:tonight|today|tomorrow|right now|soon|this weekend|this week|in an hour|in a few"
                + " hours|in a few minutes|in a minute|after work|after dinner|when everyone is asleep|when they"
                + " leave|when he leaves|when she leaves|before morning|by morning|this evening|this afternoon"
                + "|at midnight|any minute|when i get home)\\b");
        escalator("final", "(?:goodbye|bye|farewell|this is it|too late|did it|done it|doing it|do it|took them"
                + "|took it|took all|swallowed|forgive me|i am ready|sorry for everything|thank you for"
                + " everything|thanks for everything|love you all|tell them|it is time|time to go|going to do it"
                + "|nobody will stop me|no one will stop me|nobody can stop me|will not be here|see you|decided|the"
                + " plan|whole bottle|on my way|on the roof|on the bridge|on the edge|in my hand|loaded|tied|wrote"
                + "|letter|note)\\b");
    }

    private static void squashed() {
        SQUASHED.add(new Entry("squashed-suicide", SELF_HARM, "su[i1!l|]c[i1!l|]d"));
        SQUASHED.add(new Entry("squashed-kill-myself", SELF_HARM, "kil+m[yi]s[e3]l[fv]"));
        SQUASHED.add(new Entry("squashed-unalive", SELF_HARM, "unal[i1!]v"));
        SQUASHED.add(new Entry("squashed-want-to-die", SELF_HARM, "(?:want|wanna|wana)(?:to)?d[i1!]e(?!t|sel)"));
        SQUASHED.add(new Entry("squashed-end-my-life", SELF_HARM, "(?<!sp|att|tr|bl|l|m|f|s|v|w)endmyl[i1]fe"));
        SQUASHED.add(new Entry("squashed-self-harm", SELF_HARM, "(?<!it|my|your|him|her|them|our)selfharm"));
        SQUASHED.add(new Entry("squashed-hang-myself", SELF_HARM, "hangmyself"));
    }

    /** A gap word in a calm past-event idiom: never intent, self-harm or present-time wording. */
    private static final String CALM = "(?:(?!(?:purpose|intentionally|deliberately|myself|himself|herself|themselves"
            + "|suicid\\w*|attempt\\w*|kill\\w*|tried|trying|try|want|wanted|wants|tonight|today|now|right|again"
            + "|currently|still|just|breathing|breathe|responding|unresponsive|waking|wake|seizing|blue|collapsed|dying"
            + "|dead|passed|conscious|unconscious)\\b)\\w+ )";

    /** Keeps disclosures of past abuse ("as a child", "years ago") from counting as danger now. */
    private static final String NOT_PAST = "(?! (?:as a (?:child|kid|teen|teenager|boy|girl|minor)|when i was"
            + " (?:a |young|little|younger|\\d)|growing up|in (?:my )?childhood|years ago|in the past|long ago|for"
            + " years as a|by (?:a|the) (?:car|bus|truck|ball|door|wave|bike|cyclist)))";

    private static void rule(String id, CrisisCategory category, String regex) {
        RULES.add(new Entry("floor:" + category.id() + ":" + id, category, regex));
    }

    private static void idiom(String id, String regex) {
        IDIOMS.add(new Entry("idiom:" + id, SELF_HARM, regex));
    }

    private static void concern(String id, CrisisCategory category, String regex) {
        CONCERNS.add(new Entry("concern:" + id, category, regex));
    }

    private static void escalator(String id, String regex) {
        ESCALATORS.add(new Entry("escalator:" + id, SELF_HARM, regex));
    }

    private static final Pattern MACRO = Pattern.compile("\\{([a-z]+)\\}");

    /** Expands {@code {name}} macros (recursively, a few levels deep); unknown names are left as they are. */
    static String expand(String regex) {
        String current = regex;
        for (int depth = 0; depth < 4 && current.indexOf('{') >= 0; depth++) {
            Matcher m = MACRO.matcher(current);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String body = MACROS.get(m.group(1));
                if (body != null) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(body));
                    changed = true;
                } else {
                    m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                }
            }
            m.appendTail(sb);
            current = sb.toString();
            if (!changed) {
                break;
            }
        }
        return current;
    }

    /** Macro names the phrase file may use. */
    static List<String> macroNames() {
        return List.copyOf(MACROS.keySet());
    }
}
