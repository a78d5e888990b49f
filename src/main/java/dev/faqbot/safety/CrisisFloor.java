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
                + "|colleague|landlord|teacher|caregiver|carer|sons|daughters|brothers|sisters|friends|family member)");
        MACROS.put("others", "(?:him|her|them|someone|somebody|anyone|anybody|everyone|everybody|people|others"
                + "|other people|you|my {person}|his {person}|her {person}|their {person}|our {person}"
                + "|the {person}|this (?:guy|man|woman|person|girl|boy)|that (?:guy|man|woman|person|girl|boy)"
                + "|a (?:kid|child|baby|person|man|woman)|the (?:kids|baby|children|people|neighbors|neighbours)"
                + "|my whole family|the whole family|all of them|them all)");
        MACROS.put("abuser", "(?:he|she|they|my {person}|my partner s|her {person}|his {person}"
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
                + " (?:would |will |could |to |might |just )*(?:kill|end) me\\b");
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
        rule("wish-never-born", c, "wish (?:that )?i (?:had |have |was |were )?(?:never|not) (?:been born|born"
                + "|existed|exist|woke up|wake up|have to wake up)");
        rule("wish-not-exist", c, "wish (?:that )?i (?:did not|do not|would not|will not|could not|did n t) (?:\\w+"
                + " )?(?:exist|wake up|have to wake up|wake)\\b");
        rule("not-want-live", c, "(?:do|does|did) not (?:really |even |actually |honestly )?(?:want|wish|care) to"
                + " (?:live|be alive|exist|go on|continue living|continue|be here|be around|wake up|keep living|keep"
                + " going|be on this earth|be in this world|survive|carry on|get up anymore|be anymore|see tomorrow"
                + "|live anymore|breathe)\\b");
        rule("no-want-live", c, "(?:no longer|not|never) (?:want|wanting|wanted|wish|wishing) to (?:live|be alive"
                + "|exist|be here|wake up|go on|keep going|be around)\\b");
        rule("care-live-die", c, "(?:do not|does not|did not) (?:really |even )?care (?:if|whether) (?:i|he|she"
                + "|they) (?:live|lives|die|dies|wake|wakes|make it|survive)");
        rule("tired-of-living", c, "(?:tired|sick|exhausted|weary|done|finished|through) (?:of|with) (?:living"
                + "|life|being alive|existing|this life|my life|waking up|it all|being here|breathing|being me"
                + "|everything and everyone|this world|this existence)\\b");
        rule("no-reason-to-live", c, "(?:no|nothing|zero|not any|not a single|not one|lost my|lost the|lost all"
                + "|have no|without a|without any) (?:\\w+ )?(?:reason|reasons|point|purpose|will|desire|motivation)"
                + " (?:to|in|for) (?:live|living|life|go on|going on|keep going|stay alive|staying alive|be here"
                + "|being here|being alive|be alive|wake up|get up anymore|continue|carry on|try anymore|exist"
                + "|existing|keep living|stay here)\\b");
        rule("nothing-to-live-for", c, "(?:nothing|no one|nobody|none|not much|nothing left|no one left)"
                + " (?:left )?to live for\\b");
        rule("not-worth-living", c, "(?:not|no longer|never|is|isnt|hardly) worth (?:living|it anymore|living for"
                + "|saving|the pain anymore|being alive)\\b");
        rule("life-not-worth", c, "(?:life|living|my life|existence|being alive) (?:is|feels|seems|has become)"
                + " (?:just |really |honestly )?(?:not|no longer|never|pointless|meaningless|hopeless|unbearable"
                + "|a burden|too painful to)\\b");
        rule("whats-the-point", c, "what is the point (?:of|in) (?:living|life|anything|going on|trying"
                + " anymore|being alive|existing|it all|waking up|getting up|me|carrying on|staying)\\b");
        rule("point-anymore", c, "(?:what is the|there is no|no|not any|do not see the|can not see the|see no)"
                + " point (?:anymore|any more|in anything|to anything|in going on|in carrying on|to life|in life)\\b");
        rule("cant-go-on", c, "(?:can not|could not|can no longer|unable to|no longer able to|do not know if i"
                + " can|do not think i can|not sure i can) (?:go on|keep going|keep living|carry on|live like this"
                + "|live with this|live this way|keep doing this|survive this|hold on|take it anymore|take this"
                + " anymore|do this anymore|do it anymore|do life|handle life|handle living|be alive|exist)\\b");
        rule("cant-anymore", c, "(?:can not|could not|can no longer|unable to) (?:\\w+ ){1,4}(?:anymore|any more"
                + "|any longer|much longer|no more)\\b");
        rule("better-off", c, "better off (?:without me|dead|gone|not existing|not alive|not here|if i)\\b");
        rule("be-better-without-me", c, "(?:would|will|could|might) (?:all )?be (?:better|happier|easier|fine"
                + "|free|relieved) (?:off )?(?:without me|if i (?:was|were|died|disappeared|left|was not|were not"
                + "|did not|never|just|killed|ended|wasnt)|when i am gone|once i am gone|with me gone|with me dead)");
        rule("everyone-better-off", c, "(?:everyone|everybody|the world|my family|people|they|my kids|my"
                + " children|the kids|my husband|my wife|my partner|my parents) (?:would|will|could|might) (?:all )?"
                + "(?:be|do) better (?:off|without)\\b");
        rule("nobody-miss", c, "(?:no one|nobody|noone|no body|not a single person|not one person|none of them)"
                + " (?:would|will|is going to|even|really|would even|will even|would really|will really|would"
                + " actually|will actually|would ever|would probably) (?:\\w+ ){0,2}(?:miss|notice|care|cry|come"
                + " to my funeral|realize|know)\\b");
        rule("burden", c, "(?:burden|drain|weight) (?:to|on|for) (?:everyone|everybody|my family|them|others|people"
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
                + "|leave this earth|be gone|go away forever|go to sleep forever|fall asleep forever|fade away"
                + "|stop breathing|leave forever|not be here anymore)\\b");
        rule("stop-existing", c, "(?:stop|cease|ceasing|stopping|stopped) (?:to )?exist(?:ing)?\\b");
        rule("not-wake-up", c, "(?:hope|hoping|wish|wishing|pray|praying|want|wanting|rather|prefer|plan"
                + "|planning|better if|take to|to|and|then|just|go to sleep and|fall asleep and|sleep and|would"
                + " be nice to|okay if i|fine if i|glad if i) (?:i |that i )?(?:do not|would not|will not|did not"
                + "|never|not|wont) (?:ever )?(?:\\w+ )?wak(?:e|ing) up\\b");
        rule("never-wake-again", c, "(?:never|not) (?:wake|waking|wake up|waking up|open my eyes) again\\b");
        rule("sleep-forever", c, "(?:sleep|asleep|sleeping|rest|resting) (?:forever|for ever|permanently|for good"
                + "|eternally|and never wake|and not wake|and never come back|and not come back|for eternity)\\b");
        rule("eternal-sleep", c, "(?:eternal|permanent|endless|forever|final|long) (?:sleep|rest|nap)\\b");
        rule("method-self", c, "(?:hang|hanging|hanged|hung|shoot|shooting|shot|stab|stabbing|stabbed|drown"
                + "|drowning|drowned|poison|poisoning|poisoned|strangle|strangling|strangled|suffocate|suffocating"
                + "|suffocated|starve|starving|starved|burn|burning|burned|burnt|burns|cut|cutting|cuts|slice"
                + "|slicing|sliced|slit|slitting|slash|slashing|hurt|hurting|hurts|harm|harming|harmed|harms|injure"
                + "|injuring|injured|punish|punishing|hit|hitting|punch|punching|bash|bashing|choke|choking|gas"
                + "|gassing|electrocute|electrocuting|off|offing|offed|unalive|unaliving|unalived|delete|deleting"
                + "|end|ending|ended|destroy|destroying|overdose|overdosing|overdosed|mutilate|mutilating|erase"
                + "|erasing|disappear|smother|smothering|bleed|bleeding|carve|carving|torture|torturing|sacrifice"
                + "|sacrificing|asphyxiate|execute|finish) (?:{refl}|my self)\\b");
        rule("throw-self", c, "(?:throw|throwing|threw|thrown|fling|flinging|hurl|hurling) (?:{refl}|my self)"
                + " (?:off|under|in front|from|out of|out the|out a|into traffic|into the river|into the sea|into"
                + " the ocean|into the lake|onto the tracks|on the tracks|down)\\b");
        rule("cut-body", c, "(?:slit|slitting|slice|slicing|cut|cutting|slash|slashing|open|opening|carve|carving"
                + "|burn|burning|stab|stabbing) (?:open )?(?:my|his|her|their|your) (?:own )?(?:wrists?|throat|veins?"
                + "|arms?|thighs?|legs?|skin|stomach|belly|forearms?|hips?|neck|chest|wrist open|wrists open)\\b");
        rule("jump-from", c, "(?:jump|jumping|jumped|leap|leaping|leaped|step|stepping|stepped|walk|walking|walked"
                + "|lie|lying|lay|laying|fall|falling|run|running|dive|diving) (?:off|from|in front of|into|under"
                + "|onto|out of|down|in) (?:a |the |my |this |that |an |some |oncoming |the top of a |the top of the"
                + " |the roof of a |the roof of the )?(?:bridge|building|roof|rooftop|cliff|balcony|overpass|ledge"
                + "|tower|parking garage|window|train|bus|truck|car|cars|traffic|subway|tracks|train tracks|railway"
                + "|road|highway|freeway|motorway|river|lake|ocean|sea|tall building|skyscraper|semi|lorry"
                + "|oncoming traffic|metro|cars)\\b");
        rule("drive-into", c, "(?:drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving|ram"
                + "|ramming|wreck|wrecking) (?:my |the |his |her )?(?:car |truck |vehicle )?(?:into|off|in front of)"
                + " (?:a |the |an |oncoming |some )?(?:tree|wall|bridge|cliff|pole|traffic|truck|river|lake|road"
                + "|barrier|embankment|oncoming traffic|semi|ditch|overpass|lorry|pillar|concrete|guardrail|ocean)\\b");
        rule("on-purpose", c, "(?:crash|crashed|crashing|overdose|overdosed|overdosing|took|take|taking|cut|cutting"
                + "|hurt|hurting|burned|burn|burning|hit|hitting|swallowed|swallow|drank|drink|crashed|fell|jump"
                + "|jumped|starve|starving|stopped eating|drove|drive) (?:\\w+ ){0,5}on purpose\\b");
        rule("gun-to-head", c, "(?:gun|pistol|revolver|barrel|rifle|shotgun|firearm) (?:to|in|against|into|under)"
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
                + "|ropes|belt|cord|extension cord|noose)(?: (?:is|ready|around|up|from|to|on|for|tonight|today"
                + "|in|and|already))?\\b");
        rule("rope-ready", c, "(?:rope|noose|belt|cord) (?:is |s )?(?:ready|tied|set up|up|around my neck|in my"
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
                + " of|lots of|loads of|tons of|a ton of|way too many|too many|too much|enough|a bottle of|the"
                + " bottle of|a full bottle of|two bottles of|the pack of|a box of|a month s worth of|a months"
                + " worth of|weeks of|months of|double|triple|every|all the|whatever) (?:of )?(?:my |his |her |the"
                + " |these |those |their |your |our |mom s |dad s |this |that )?(?:\\w+ ){0,2}{pills}\\b");
        rule("saving-pills", c, "(?:saving|save|saved|stockpiling|stockpile|stockpiled|hoarding|hoard|hoarded"
                + "|stashing|stash|stashed|hiding|hid|hidden|squirreling|building up|saving up|not taking|skipping"
                + " and saving|collecting|collected|gathering|gathered|storing up) (?:up )?(?:all |some |enough )?(?:of"
                + " )?(?:my |his |her |their |the |these |extra |enough |a bunch of |a lot of )?(?:\\w+ ){0,2}"
                + "{pills}\\b(?! for (?:emergencies|travel|later use|my trip))");
        rule("stockpile", c, "(?:stockpil|hoard)\\w*\\b");
        rule("enough-to", c, "enough (?:\\w+ ){0,4}to (?:kill|die|end it|end my|end things|overdose|od|not wake"
                + "|never wake|stop my heart|stop a heart|do the job|do it|be fatal|be lethal|finish me|take me out"
                + "|put me down|put me to sleep forever|knock me out forever)\\b");
        rule("how-much-to-die", c, "(?:how|what) (?:much|many|amount|dose|quantity|number|mg|milligrams)(?: of)?"
                + " (?:\\w+ ){0,6}(?:to|would|will|could|does it take to|do i need to|it takes to|it would take to"
                + "|until|before|is|are|can|needed to|would it take to|till) (?:\\w+ ){0,3}(?:die|kill|killed|overdose"
                + "|od|be fatal|be lethal|be deadly|not wake|never wake|stop (?:my|your|the|a|someone s) heart"
                + "|end it|end my life|fatal|lethal|deadly|dead|stop breathing|kill me|kill someone|kill a person"
                + "|put me to sleep forever)\\b");
        rule("lethal", c, "(?:lethal\\w*|fatal|fatally|fatality|fatalities|ld ?50)\\b");
        rule("deadly-dose", c, "(?:deadly|toxic|killing|overdose|dangerous|max|maximum|too high a) (?:dose|doses"
                + "|amount|amounts|level|levels|quantity|limit|threshold|dosage)\\b(?! of (?:anxiety|stress))");
        rule("can-it-kill", c, "(?:can|could|would|will|does|do|did|is|might|may) (?:\\w+ ){0,3}(?:kill|killed)"
                + " (?:me|you|someone|a person|people|him|her|them|myself|a human|somebody)\\b");
        rule("can-you-die", c, "(?:can|could|would|will|might|may|do|does) (?:you|i|a person|someone|somebody|people"
                + "|he|she|they|it|ketamine|this|that) (?:\\w+ ){0,2}(?:die|be killed|stop breathing|never wake up"
                + "|not wake up)\\b");
        rule("way-to-die", c, "(?:easiest|easy|quickest|quick|fastest|fast|best|surest|sure|painless|painlessly"
                + "|least painful|peaceful|peacefully|simplest|most effective|reliable|quietest|cleanest|gentlest"
                + "|good|quiet|simple|effective|guaranteed) (?:and \\w+ )?(?:way|ways|method|methods|means|option"
                + "|options|route) (?:\\w+ ){0,2}(?:to die|of dying|to kill|to end|to go|of killing|of ending|to not"
                + " wake|to overdose|of suicide|to commit|to disappear|to stop living|to check out|to do it|out)\\b");
        rule("how-to-die", c, "(?:how|ways|way|methods|method|best way|how can i|how do i|how would i|how could i"
                + "|how should i|how do you|how does one|how do people|easy way) to (?:die|kill myself|kill yourself"
                + "|end my life|end it|end it all|commit|end your life|not wake up|disappear forever|stop"
                + " living|overdose|od|hang|slit|poison myself)\\b");
        rule("die-painlessly", c, "(?:die|dying|death|go|pass|end it) (?:painlessly|peacefully and painlessly|in my"
                + " sleep|quickly and painlessly|without pain|without feeling it|without anyone knowing)\\b");
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
        rule("cutting-again", c, "(?:cutting|cut|burning|burned|burnt|hitting|carving|bruising) (?:again|deeper"
                + "|deep|myself again|too deep)\\b");
        rule("started-cutting", c, "(?:started|start|starting|been|keep|kept|began|begun|relapsed|relapse|back to"
                + "|go back to|went back to|going back to|urge to|urges to|want to|wanting to|need to|needing to"
                + "|craving|stop|quit|stopped|quitting|addicted to|used to|resist|resisting|tempted to|thinking about"
                + "|thought about|feel like) (?:\\w+ )?(?:cutting|cut|burning|self harming|harming|scratching|carving)"
                + "(?: again| myself| my)?\\b");
        rule("cut-marks", c, "(?:cuts|scars|wounds|burns|marks|gashes|slashes) (?:on|from|all over|up and down)"
                + " (?:my|his|her|their) (?:arms?|wrists?|thighs?|legs?|stomach|body|skin|hips?|forearms?)\\b");
        rule("cutter", c, "(?:i am|was|been|she is|he is|they are|i was) a cutter\\b");
        rule("goodbye", c, "(?:this is|consider this|here is|this is my|it is|this will be) (?:my )?(?:final"
                + " |last |real )?(?:goodbye|farewell|goodbye message)\\b");
        rule("goodbye-forever", c, "goodbye (?:forever|for good|for ever|everyone|everybody|world|cruel world"
                + "|to everyone|to the world|to all of you|my friends|my loves|mom|dad|all)\\b");
        rule("last-words", c, "(?:final|last) (?:goodbye|goodbyes|farewell|words|breath|note|letter|wishes)\\b");
        rule("my-last", c, "(?:this is|these are|consider this|this will be|this is probably) my (?:last|final)"
                + " (?:message|words|text|post|goodbye|day|night|chance|time)\\b");
        rule("say-goodbye", c, "(?:say|saying|said|wanted to say|want to say|to say|need to say) (?:my )?(?:goodbye"
                + "|goodbyes|bye|farewell|goodbye and thank you|a final goodbye) (?:to|for) (?:everyone|everybody"
                + "|my family|my kids|the world|you all|all of you|my friends|them|the people i love|life|this world"
                + "|my parents|my husband|my wife|my children|my mom|my dad|my son|my daughter|my partner|everything"
                + "|my pets|my dog|my cat)\\b");
        rule("goodbyes", c, "(?:say|saying|said|wanted to say|to say|making|made) (?:my )?(?:last |final )?goodbyes\\b");
        rule("not-hear-again", c, "(?:you|they|nobody|no one|people|anyone|you all|everyone) (?:will not|will"
                + " never|would not|are not going to|will no longer|wont|probably will not) (?:\\w+ ){0,2}(?:hear"
                + " from me|see me|talk to me) (?:again|anymore|any more|after tonight|after today|ever again)\\b");
        rule("wont-be-around", c, "(?:will not|would not|am not going to|may not|might not|probably will not|wont)"
                + " be (?:here|around|alive|with you|on this earth) (?:much longer|for long|tomorrow|by tomorrow"
                + "|next week|anymore|any more|after tonight|after today|to see|when|by morning|by the weekend"
                + "|for much longer)\\b");
        rule("tell-them-love", c, "(?:tell|please tell|let|make sure) (?:my )?(?:\\w+ ){0,2}(?:know )?(?:that )?"
                + "i (?:love (?:them|her|him|you|them all)|am sorry|was sorry|did not mean)\\b");
        rule("look-after-pets", c, "(?:take care of|look after|find a home for|feed|care for) my (?:cat|dog|cats"
                + "|dogs|kids|children|pets|plants|fish|bird|son|daughter|baby) (?:for me|when i am gone|after i am"
                + " gone|after i|when i|once i)\\b");
        rule("giving-away", c, "(?:gave|giving|give|gifting|gifted|given) away (?:all |most )?(?:of )?(?:my|all my)"
                + " (?:stuff|things|belongings|possessions|pets|cat|dog|clothes|books|games|money|savings|guitar"
                + "|valuables|prized|stuffs|jewelry|plants|favorite)\\b");
        rule("affairs-in-order", c, "(?:put|putting|getting|get|got|set|setting) (?:all )?(?:of )?my (?:affairs"
                + "|things|papers|finances|stuff|life) in order\\b");
        rule("goodbye-note", c, "(?:goodbye|farewell|suicide|final|last|good bye) (?:note|notes|letter|letters"
                + "|message|messages|video|videos|email|emails|text|texts|post)\\b");
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
        rule("attempted", c, "(?:attempted|attempts|attempt|tried) (?:before|twice|again|in the past|last year"
                + "|once|multiple times|three times|several times|last month|last week|a few times)\\b");
        rule("previous-attempt", c, "(?:previous|past|prior|failed|last|first|second|my) attempts?\\b"
                + "(?! (?:at|to book|to call|to reach|to contact|to get|to schedule))");
        rule("dark-thoughts", c, "(?:dark|darkest|scary|bad|morbid|intrusive|suicidal) (?:thoughts|place|places"
                + "|thinking|ideas|urges)\\b(?! about (?:the|my) (?:price|cost|insurance))");
        rule("thoughts-of-death", c, "(?:thoughts|thinking|thought|think|thinks|dreams|dreaming|dream|fantasi[sz]"
                + "\\w*|obsess\\w*|ruminat\\w*|preoccupied|fixated|images|visions|daydream\\w*|wondering|curious)"
                + " (?:a lot |so much |constantly |all the time |often |every day |more and more |way too much"
                + " |sometimes |non stop |nonstop )?(?:of|about|on|with|over) (?:my |own |my own )?(?:death|dying|dead"
                + "|suicide|being dead|ending it|ending things|ending my life|not being here|not being alive|not"
                + " existing|not waking|killing myself|my funeral|my own death|jumping|overdosing|hanging"
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
                + "|ideation|ideations) (?:to|of|for) (?:die|kill|end my|end it|hurt myself|harm myself|cut|jump"
                + "|overdose|not be|disappear|self harm|unalive|death|dying|not exist|stop living)\\b");
        rule("have-plan", c, "(?:i|he|she|they) (?:have|has|made|got|came up with|worked out|figured out|decided on"
                + "|picked|chose|set|have got) (?:a|the|my|his|her|their) (?:plan|method|date|way|day|time|spot"
                + "|place)(?: to (?:die|kill|end|do it|overdose|od|go|take|jump|hang|not)| for (?:tonight|tomorrow"
                + "|it|when|how|my death)| and (?:the|a) (?:means|date|way|method)|$)");
        rule("know-how-do-it", c, "(?:know|decided|figured out|worked out|planned|planning|picked|chose|choosing"
                + "|deciding) (?:how|when|where|exactly how|the day) (?:i am going to|i will|i would|i want to|to"
                + "|i am gonna|i could|i can|i would do it|i am) (?:do it|die|end it|go|kill|jump|overdose|od|hang"
                + "|end my life|do this|not wake up)\\b");
        rule("picked-date", c, "(?:picked|chose|chosen|set|setting|decided on|decided|have) (?:a|the|my) (?:date"
                + "|day|time) (?:to|for|when|on which) (?:\\w+ ){0,3}(?:die|end|go|do it|leave|kill|not be)\\b");
        rule("funeral", c, "(?:planning|planned|plan|picked|picking|chose|choosing|arranging|writing|wrote)"
                + " (?:\\w+ )?(?:my|the) (?:own )?(?:funeral|eulogy|obituary|memorial)\\b");
        rule("hate-life-die", c, "hate (?:my life|myself|being alive|living|existing) (?:and|so much) (?:\\w+ ){0,3}"
                + "(?:die|dead|end|disappear|kill|gone|exist|living|not be here)\\b");
        rule("done-with-it-all", c, "(?:i am|i m|he is|she is|they are) (?:so |just |really |completely |totally )?"
                + "(?:done|finished|over it|through) (?:with )?(?:it all|everything|life|living|this world|all of"
                + " this|existing|being alive|trying|fighting|everyone)\\b");
        rule("give-up-life", c, "(?:give|giving|gave|given) up on (?:life|living|myself|everything|being alive"
                + "|surviving|this life|the world|ever getting better)\\b");
        rule("lost-will", c, "(?:lost|losing|lose|no|have no|gone is) (?:the |my |all )?will to (?:live|go on"
                + "|survive|keep going|fight)\\b");
        rule("pain-stop-forever", c, "(?:pain|suffering|it|everything|this|misery|hurt|hurting) (?:to )?(?:\\w+ )?"
                + "(?:stop|end|be over) (?:forever|for good|permanently|once and for all|for ever)\\b");
        rule("want-it-to-end", c, "(?:want|wants|need|needs|wish|wishing|wanting|pray|praying|hope|hoping) (?:it"
                + " all|all of it|everything|my life|life|it|this life|the world|my existence|this) to (?:just )?"
                + "(?:end|be over|stop)(?: now| forever| for good| already)?\\b(?! (?:so|soon|quickly) (?:i|we)"
                + " can| with)");
        rule("make-it-stop", c, "(?:make|making) it all (?:stop|end|go away)\\b");
        rule("out-of-misery", c, "(?:put|putting) (?:me|myself|him|her) out of (?:my|his|her|their) misery\\b");
        rule("not-here-anymore", c, "(?:be|being) here (?:anymore|any more|any longer|much longer)\\b"
                + "(?<!(?:will|would|can|could) be here anymore)");
        rule("leave-world", c, "(?:leave|leaving|left|exit|exiting|depart|departing) (?:this|the) (?:world|earth"
                + "|planet|life|existence|mortal coil)\\b");
        rule("do-not-deserve-live", c, "(?:do not|does not|never) deserve to (?:live|be alive|exist|be here|be happy"
                + " and alive|breathe)\\b");
        rule("deserve-to-die", c, "deserve (?:to die|death|to be dead|to suffer and die|to not exist|to not be"
                + " alive|to disappear)\\b");
        rule("no-future", c, "(?:will not|wont|am not going to|do not plan to|do not intend to|not planning to|not"
                + " going to) (?:make it|be around|live|survive|last) (?:to|till|until|past|through|another|much"
                + " longer|the night|the week|the weekend|christmas|my birthday|next year|the year)\\b");
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
    }

    private static void medical() {
        CrisisCategory c = MEDICAL_EMERGENCY;
        rule("took-too-much", c, "(?:took|taken|had|swallowed|ingested|used|did|snorted|injected|drank|popped"
                + "|consumed|overdid|took in|accidentally took|accidently took|just took|have taken|has taken"
                + "|taking|double dosed|doubled) (?:way |far |much |a lot |a bit |slightly |probably |maybe |some"
                + " |a little |waaay )?too (?:much|many|high|big|strong)\\b");
        rule("took-bunch", c, "(?:took|swallowed|popped|ate|had|downed|chugged|snorted|injected|used|did|drank"
                + "|mixed) (?:all|every one of|everything in|the whole|a whole|an entire|the entire|all of|the rest"
                + " of|handfuls of|a handful of|a bunch of|a lot of|lots of|loads of|tons of|a ton of|enough|a bottle"
                + " of|the bottle of|a full bottle of|two bottles of|the pack of|a box of|double|triple|like \\d+"
                + "|\\d+|twenty|thirty|fifty|ten|fifteen|forty|several|multiple|extra|a few extra|a months worth of"
                + "|a month s worth of|all the|every) (?:of )?(?:my |his |her |the |these |those |their |your |our"
                + " |mom s |dad s |this |that )?(?:\\w+ ){0,2}{pills}\\b");
        rule("overdosed", c, "(?:overdosed|overdosing|overdosin|having an overdose|had an overdose|is an overdose"
                + "|in overdose|od ing|odd ing)\\b");
        rule("think-overdose", c, "(?:think|thinking|afraid|scared|worried|pretty sure|might have|may have|could"
                + " have|i|he|she|they|someone|my \\w+) (?:\\w+ ){0,2}(?:overdose|od|overdosed|taken too much)"
                + "(?: on| right now| now| just now| tonight)\\b");
        rule("cant-breathe", c, "(?:can not|could not|can barely|can hardly|cannot|hard to|struggling to|struggle"
                + " to|trouble|difficulty|unable to|not|stopped|is not|barely|hardly|no longer|not able to|cant"
                + "|fighting to|gasping|labored|laboured|shallow|slow|slowed|irregular|weird|strange|noisy|gurgling"
                + "|hurts to|painful to|problems|problem) (?:\\w+ )?(?:breathe|breathing|breath|catch (?:my|his"
                + "|her|their) breath|get air|get enough air)\\b");
        rule("short-of-breath", c, "(?:short of breath|out of breath and|gasping for air|choking|suffocating"
                + "|can not get air|no air|turning blue|lips are blue|lips turning blue|lips blue|face is blue"
                + "|is blue|went blue|gone blue|going blue|lips are purple|turning purple|turning gray|turning grey)\\b");
        rule("chest-pain", c, "(?:chest pain|chest pains|chest is tight|chest tightness|tight chest|chest feels"
                + " tight|chest hurts|chest is hurting|chest pressure|pressure in my chest|pain in my chest|pain in"
                + " his chest|pain in her chest|crushing chest|chest is heavy|chest feels heavy|chest is burning"
                + "|heaviness in my chest|tightness in my chest|my chest)\\b(?! x ray| xray| scan)");
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
                + "|having fits|fitting|shaking uncontrollably|shaking and unresponsive|seizure after|seizure during"
                + "|a seizure and|seizures after)\\b");
        rule("unresponsive", c, "(?:unresponsive|not responding|won t respond|will not respond|not responsive|is not"
                + " responsive|unconscious|passed out|blacked out|fainted|collapsed|fell unconscious|lost"
                + " consciousness|losing consciousness|keeps passing out|keep passing out|going in and out"
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
                + " closing)|tongue (?:is )?(?:swelling|swollen)|lips (?:are )?(?:swelling|swollen)|can not"
                + " swallow|allergic reaction (?:now|right now|and|after)|having an allergic reaction|epipen)\\b");
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
        rule("blood-pressure", c, "(?:my|his|her|blood) pressure (?:is |was |went |has gone |just went )?(?:\\w+"
                + " )?(?:through the roof|sky high|skyrocketing|spiking|spiked|crazy high|dangerously high|really"
                + " high|very high|super high|so high|over 180|over 200|200|190|180|too high|extremely high|way"
                + " up|dangerously low|really low|very low|crashing|dropped)\\b");
        rule("poisoned", c, "(?:i was|i have been|i think i was|i got|he was|she was|been|i am being|we were|i"
                + " think i have been) poisoned\\b");
        rule("cant-see-speak", c, "(?:suddenly|all of a sudden|now|just) (?:can not|could not|unable to) (?:see"
                + "|speak|talk|move|feel|walk|stand)\\b|(?:went|gone|going|lost my) (?:blind|vision)\\b");
        rule("help-now", c, "(?:help me|please help|help us|somebody help|someone help|need help) (?:now|right"
                + " now|asap|immediately|quick|quickly|fast|please|he is|she is|i am|my)\\b(?! (?:find|choose"
                + "|understand|book|decide|know|figure|with the|with my (?:booking|appointment|insurance)))");
        rule("not-breathing-person", c, "(?:he|she|they|my \\w+|someone|the baby|baby) (?:is |are |s )?(?:not"
                + " breathing|barely breathing|stopped breathing|blue|turning blue|limp|cold and|gray|grey)\\b");
        rule("choking", c, "(?:is|am|are|keeps|started|s) choking\\b(?! on (?:the|my) (?:words|tears))");
        rule("hypothermia-heat", c, "(?:heat ?stroke|hypotherm\\w*|hypertherm\\w*|serotonin syndrome"
                + "|neuroleptic malignant|respiratory depression|respiratory arrest|cardiac)\\b");
    }

    private static void harmToOthers() {
        CrisisCategory c = HARM_TO_OTHERS;
        rule("kill-others", c, "(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling"
                + "|smother|smothering|drown|drowning|slit the throat of|slit (?:his|her|their) throat|behead"
                + "|torture|torturing|bludgeon|decapitate|massacre) {others}\\b(?! (?:with kindness|off))");
        rule("intent-hurt-others", c, "(?:want|wants|wanted|wanting|going|gonna|plan|plans|planning|will|would"
                + "|could|might|thinking about|thoughts of|thought about|think about|urge to|urges to|afraid i will"
                + "|afraid i might|afraid i am going to|scared i will|scared i might|scared i am going to|worried i"
                + " will|worried i might|feel like|ready|about|tempted|fantasize about|fantasizing about|dream about"
                + "|dreaming about|try|trying|need|i will|i am going|intend|intending|decided|going to|impulse to"
                + "|fear i will|fear i might|able to|capable of|want to really|considering) (?:to )?(?:really |go"
                + " |just |seriously |physically )?(?:hurt|hurting|harm|harming|kill|killing|murder|murdering|stab"
                + "|stabbing|shoot|shooting|strangle|strangling|choke|choking|poison|poisoning|attack|attacking|beat"
                + "|beating|smother|smothering|drown|drowning|run over|punch|punching|hit|hitting|shake|shaking"
                + "|suffocate|suffocating|snap and hurt|lash out at|go after|get back at|torture|burn|maim|assault"
                + "|rape|molest|abuse) {others}\\b(?! (?:feelings|with kindness))");
        rule("thoughts-hurt-others", c, "(?:thoughts|thinking|intrusive thoughts|fantasies|urges|images|visions"
                + "|dreams|impulses) (?:of|about) (?:hurting|harming|killing|stabbing|drowning|smothering|shooting"
                + "|strangling|poisoning|attacking|murdering|suffocating|shaking|hitting) {others}\\b");
        rule("mass-violence", c, "(?:shoot up|shooting up|bomb|bombing|blow up|blowing up|attack|attacking|burn"
                + " down|burning down|set fire to|torch|kill everyone at|kill everyone in|kill people at|massacre"
                + " at|open fire (?:on|at|in)) (?:the |a |my |our |their |that |this )?(?:school|office|work"
                + "|workplace|clinic|place|church|mall|building|house|home|party|class|classroom|hospital|store"
                + "|mosque|synagogue|temple|crowd|concert|plant|factory|warehouse|campus|college|university|job"
                + "|company|event|meeting)\\b");
        rule("bring-weapon", c, "(?:bring|bringing|take|taking|brought|carry|carrying) (?:a |my |the |his |her )?"
                + "(?:gun|guns|rifle|ar 15|weapon|weapons|knife|knives|bomb|pistol|shotgun) (?:to|into|in to)"
                + " (?:school|work|the office|class|the clinic|church|the party|the meeting|his house|her house"
                + "|their house|the mall|campus)\\b");
        rule("homicidal", c, "(?:homicid\\w*|murderous|killing spree|kill spree|rampage|mass shooting|going postal"
                + "|thoughts of murder|urge to murder|want to murder|want to commit murder|commit murder)\\b");
        rule("want-them-dead", c, "(?:want|wants|wish|wishing|need|hope|hoping) (?:him|her|them|my \\w+|his \\w+"
                + "|that \\w+|this \\w+|everyone|everybody|them all|all of them|people) (?:to be |to )?(?:dead|die"
                + "|gone for good|to suffer and die|six feet under|in the ground|to pay with (?:his|her|their)"
                + " life)\\b");
        rule("make-them-pay", c, "(?:make|making) (?:him|her|them|everyone|everybody|them all|all of them|that"
                + " \\w+|this \\w+|my \\w+|people) (?:pay|suffer|bleed|regret (?:it|everything) forever)\\b"
                + "(?! (?:for (?:the|my) (?:session|treatment|infusion|appointment)|a deposit|upfront|out of))");
        rule("hurt-baby", c, "(?:hurt|hurting|harm|harming|shake|shaking|smother|smothering|drown|drowning"
                + "|suffocate|suffocating|throw|throwing|drop|dropping) (?:my|the|our) (?:baby|newborn|infant"
                + "|toddler|child|kids|son|daughter)\\b(?! (?:by accident|accidentally))");
        rule("snap", c, "(?:going to|gonna|about to|will|might|afraid i will|scared i will|afraid i might) (?:snap"
                + "|lose it|lose control) and (?:hurt|kill|attack|hit|stab|shoot|strangle|harm|beat|choke)\\b");
        rule("get-gun-for", c, "(?:bought|buying|buy|got|getting|get|loaded|loading|load|sharpened|sharpening"
                + "|sharpen) (?:a |my |the )?(?:gun|rifle|knife|pistol|shotgun|weapon|ammo|bullets|axe|machete)"
                + " (?:for|to use on|to kill|to shoot|to hurt|to deal with|to get|to take care of|and am going to"
                + "|and i am going to|to go after) (?:him|her|them|my \\w+|that \\w+|this \\w+|someone|everyone"
                + "|people|those)\\b");
        rule("revenge", c, "(?:revenge|get even|payback|retaliat\\w*) (?:on|against|with|to) (?:him|her|them|my"
                + " \\w+|that \\w+|this \\w+|everyone|everybody|people|those|the people)\\b");
        rule("going-to-kill", c, "(?:i am going to|i will|i am gonna|i could|i want to|i would|i might|i am about"
                + " to|i swear i will|i swear i am going to|i am ready to|i really want to|i just want to|i will"
                + " fucking|i am going to fucking|i could fucking) (?:\\w+ )?(?:kill|murder|stab|shoot|strangle"
                + "|choke|destroy|end) (?:him|her|them|that|this|my|his|their|someone|somebody|everyone|everybody"
                + "|you|all)\\b(?! (?:pain|headache|migraine|craving|cravings|the pain|time))");
    }

    private static void abuse() {
        CrisisCategory c = ABUSE;
        rule("abuser-hurts-me", c, "{abuser} (?:\\w+ ){0,3}(?:hits|hit|hitting|beats|beat|beating|punches|punched"
                + "|punching|kicks|kicked|kicking|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled"
                + "|strangling|hurts|hurt|hurting|abuses|abused|abusing|rapes|raped|raping|assaults|assaulted"
                + "|assaulting|threatens|threatened|threatening|attacks|attacked|attacking|shoves|shoved|shoving"
                + "|pushes|pushed|pushing|burns|burned|burnt|locks|locked|locking|molests|molested|molesting"
                + "|touches|touched|touching|forces|forced|forcing|grabbed|grabs|grabbing|stalks|stalked|stalking"
                + "|drugged|drugs|drugging|bit|bites|biting|threw|throws|throwing|dragged|drags|dragging|pinned"
                + "|pins|pinning|smothered|smothers|suffocated|starves|starved|beats up|beat up|whipped|whips"
                + "|whipping|slammed|slams|trapped|traps|traps|hold down|held down|holds me down|tied|ties|tying"
                + "|sold|sells|trafficked|trafficking|pimps|blackmails|blackmailed|is hurting|has been hurting|has"
                + " been hitting|has been abusing|keeps hitting|keeps hurting|used to hit|is going to hurt|will"
                + " hurt|will kill|is going to kill|going to kill|tried to kill|tries to kill|trying to kill|wants"
                + " to kill|said he would kill|said she would kill|threatened to kill|threatens to kill"
                + "|threatening to kill|will fucking kill|is killing) (?:me|my (?:kids|son|daughter|child|children"
                + "|baby|mom|mother|sister|brother|dog|cat)|us)\\b");
        rule("being-abused", c, "(?:i am|i m|i have been|i keep getting|i get|i got|i was|me being|am being|being"
                + "|we are being|we are|my kids are being|my child is being|i was just|just got|just been) (?:\\w+"
                + " )?(?:abused|beaten|beat up|raped|assaulted|sexually assaulted|molested|trafficked|stalked"
                + "|threatened|held against my will|held hostage|kidnapped|choked|strangled|hit|punched|kicked"
                + "|slapped|attacked|battered|tortured|locked in|locked up|followed home|followed|hurt by (?:him|her"
                + "|them|my \\w+)|pimped|groomed|drugged|roofied|sexually abused|physically abused|emotionally"
                + " abused|abused again|hit again)\\b(?! (?:by (?:the|a) (?:ball|door|car door)))");
        rule("not-safe", c, "(?:i am|i m|i do not feel|i don t feel|i never feel|we are|we do not feel|my kids are"
                + "|we re|i feel) (?:not )?(?:\\w+ )?(?:safe|unsafe) (?:at home|in my (?:own )?(?:home|house|room"
                + "|relationship|marriage|bed)|with (?:him|her|them|my \\w+)|around (?:him|her|them|my \\w+)|here"
                + "|living here|anymore|right now|tonight)\\b");
        rule("unsafe", c, "(?:i am not safe|i am unsafe|not safe at home|unsafe at home|i am in danger|in immediate"
                + " danger|my life is in danger|my life is at risk|my life is threatened|fear for my life|afraid for"
                + " my life|scared for my life|fearing for my life|feared for my life|terrified for my life)\\b");
        rule("afraid-of-abuser", c, "(?:afraid|scared|terrified|frightened|fearful) (?:of|to go home to|to go back"
                + " to|to be alone with|to leave|to tell) (?:him|her|them|my (?:husband|wife|partner|boyfriend"
                + "|girlfriend|dad|father|mom|mother|stepdad|stepfather|stepmom|ex|parents|brother|uncle|roommate"
                + "|son|pimp|family|in laws|fiance|caregiver))\\b(?! (?:finding out|knowing|judging|seeing))");
        rule("afraid-go-home", c, "(?:afraid|scared|terrified|frightened) to (?:go|be) (?:back )?(?:home|alone at"
                + " home|in the house)\\b");
        rule("kill-me-threat", c, "(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father"
                + "|mom|mother|stepdad|stepfather|ex|brother|son|pimp|uncle)) (?:\\w+ ){0,3}(?:kill me|killing me"
                + "|murder me|hurt me|end me|shoot me|stab me|strangle me|choke me)\\b");
        rule("weapon-threat", c, "(?:he|she|they|my \\w+|someone|somebody|a man|a guy|this guy) (?:has|have|got"
                + "|is holding|is pointing|pointed|pulled|grabbed|is waving|waved|came at me with|threatened me with"
                + "|held) (?:a |his |her |their |the )?(?:gun|knife|weapon|pistol|rifle|shotgun|blade|bat|machete"
                + "|axe|hammer)(?: (?:on|at|to) me| and| in the house| outside| here|\\b)");
        rule("intruder", c, "(?:someone|somebody|a man|a guy|a stranger|he|she|they|people) (?:is |are |s )?(?:\\w+"
                + " )?(?:breaking in|broke in|trying to break in|trying to get in|in my house|inside my house|in the"
                + " house|outside my (?:door|house|window|room|apartment)|banging on my door|following me|followed"
                + " me|watching me|stalking me|waiting outside|coming for me|coming to get me|after me|hunting me)\\b");
        rule("locked-in", c, "(?:locked me (?:in|up|out)|locks me (?:in|up)|will not let me (?:leave|go|out|eat"
                + "|sleep|see|call|talk|use|have)|won t let me (?:leave|go|out|eat|sleep|call)|does not let me"
                + " (?:leave|go out|eat|see|call)|not allowed to leave|keeps me locked|keeping me locked|trapped in"
                + " (?:the|my|his|her|this) (?:house|room|apartment|car|home)|took my phone|takes my phone|hid my"
                + " phone|held me down|holding me down|holds me down)\\b");
        rule("hiding-from", c, "(?:hiding|hide|hid|run|running|ran|escape|escaping|escaped|get away|getting away"
                + "|got away|flee|fleeing|fled) (?:away )?from (?:him|her|them|my (?:husband|wife|partner|boyfriend"
                + "|girlfriend|dad|father|mom|mother|stepdad|stepfather|ex|abuser|pimp|family|trafficker|captor)"
                + "|an abuser|my abuser|the abuser)\\b");
        rule("abuse-now", c, "(?:abusive (?:husband|partner|relationship|boyfriend|girlfriend|parents|parent|home"
                + "|father|mother|wife|marriage|dad|mom|ex|family|stepdad|stepfather|household|situation|caregiver)"
                + "|domestic (?:violence|abuse)|intimate partner violence|being groomed|child abuse|elder abuse"
                + "|sexual abuse|physical abuse|sex traffick\\w*|human traffick\\w*|trafficking victim)\\b");
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
    }

    private static void idioms() {
        idiom("kill-pain", "(?:kill|kills|killed|killing|killer) (?:the |my |your |all the |all my |that |this |off"
                + " the |off my |his |her |some of the |a lot of the )?(?:\\w+ )?(?:pain|pains|ache|aches|headache"
                + "|headaches|migraine|migraines|buzz|mood|vibe|time|germs|bacteria|virus|viruses|cravings|craving"
                + "|urge|urges|appetite|nerve pain|nerves|nerve|brain cells|brain cell|neurons|bugs|weeds|lights"
                + "|engine|battery|conversation|joke|momentum|depression|anxiety|symptoms|inflammation|infection"
                + "|cancer|tumor|tumour|cells|fever|boredom|noise|music|it|process|app|signal|zoom|call|deal|plan"
                + "|idea|chance|workout|game|exam|test|interview|presentation|flies|spiders|mosquitoes|ants|rats"
                + "|mice|fleas|lice|roaches|plants|grass|two birds|the switch)\\b");
        idiom("killer", "(?:killer|killers) (?:\\w+)\\b|(?:pain|painkiller|painkillers|pain killer|pain killers"
                + "|killer headache|killer migraine)\\b");
        idiom("dying-to", "(?:dying|die|died|dies) (?:to (?:know|try|see|hear|ask|find out|get|go|start|learn|meet"
                + "|talk|book|understand|tell|have|read|visit|eat|taste|sleep|be done with this|be there|finish"
                + "|speak|schedule)|down|out|off|hard|of laughter|laughing|of embarrassment|from embarrassment|of"
                + " shame|of boredom|from boredom|of curiosity|of cuteness|lol|haha|lmao)\\b");
        idiom("killing-me", "(?:wait|waiting|pain|back|feet|foot|head|knees|knee|neck|shoulder|shoulders|migraine"
                + "|headache|job|work|boss|commute|traffic|suspense|heat|cold|kids|price|cost|this|that|it|insurance"
                + "|uncertainty|curiosity|stress|bill|bills|hips|hip|legs|leg|joints|tooth|teeth|stomach|cramps"
                + "|period|allergies|sinuses|jaw|arthritis|fibro|fibromyalgia|sciatica|hangover|humidity|line|queue"
                + "|process|paperwork|waitlist|wait list|shoes|heels|boots|cough|cold|flu|schedule|deadline"
                + "|deadlines|homework|exams|suspense|anticipation|not knowing) (?:is|are|was|were|has been|have"
                + " been|keeps|keep|is just|are just|is literally|are literally|is really|are really|is absolutely"
                + "|are absolutely|is seriously|is honestly|is kind of|is kinda|is slowly|are slowly) (?:killing"
                + " me|going to kill me|gonna kill me|will kill me|murdering me)\\b");
        idiom("dead-tired", "dead (?:tired(?! of)|on my feet|beat|serious|set|wrong|right|last|center|centre"
                + "|end|ringer|zone|silent|quiet|asleep|battery|phone|giveaway|heat|weight of the|calm|easy|simple"
                + "|straight|ahead|even|inside joke)\\b|(?:phone|battery|laptop|car|plant|plants|computer|wifi"
                + "|internet|tablet|charger|headphones) (?:is |has |just |totally )?(?:dead|died|dying)\\b");
        idiom("shoot-me-a-text", "shoot (?:me|you|us|them|him|her) (?:a |an |over a |over an |over )?(?:quick"
                + " )?(?:text|message|email|line|call|dm|note|reply|link|msg|pm|mail|txt|email over)\\b|shoot"
                + " (?:me|us) (?:over|back)\\b|give it a shot\\b|booster shot\\b|(?:flu|covid|b12) shot\\b"
                + "|shot in the dark\\b|long shot\\b");
        idiom("cut-down", "(?:cut|cuts|cutting) (?:down|back|out|off|short|corners|costs|ties|loose|in line|to the"
                + " chase|it close|it out|the cord|class|school|carbs|sugar|caffeine|coffee|alcohol|drinking"
                + "|gluten|dairy|meat)\\b|(?:cut|cuts|cutting) (?:my|his|her|your|the|a|their|our) (?:own )?(?:\\w+"
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
                + " valley|near death experience|death star|death by chocolate|i am dead lol|i am dead haha|i am"
                + " dying lol|i am dying haha|i am dying lmao|i m dead|dead lol|dead haha|dead lmao|died laughing"
                + "|dying laughing|kill it|killed it|killing it|nailed it|kill time|killing time|killed time|kill"
                + " two birds|would kill for|could kill for|i would kill for|kill for a|killer deal|kill switch"
                + "|kill joy|killjoy|killing the game|slay|slaying|slayed)\\b");
        idiom("end-of-life", "(?:end of life|end of my life care|end of life care|end stage|end of the day|end of"
                + " the week|end of the month|end of the year|end of treatment|end of the session|end of my rope"
                + " with insurance|end of my infusion|end up|ends up|ended up|ending up|end result|end goal|in the"
                + " end|at the end|happy ending|the end of my|dead end)\\b");
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
        idiom("pain-to-stop-info", "(?:does|will|can|would|could) (?:it|ketamine|the infusion|this|treatment)"
                + " (?:\\w+ )?make (?:the|my) pain (?:stop|end|go away)\\b");
    }

    private static void context() {
        concern("means", SELF_HARM, "(?:gun|guns|firearm|pistol|rifle|shotgun|revolver|rope|ropes|belt"
                + "|extension cord|bridge|ledge|rooftop|roof|cliff|train tracks|tracks|razor|razors|razor blade"
                + "|razor blades|blade|blades|box cutter|knife|knives|bottle of pills|my pills|all my pills|my"
                + " meds|the pills|the meds|sleeping pills|my stash|the stash|enough pills|my prescription"
                + "|charcoal|car in the garage|tall building|high place|overpass|parking garage|the water"
                + "|the river|the lake)\\b");
        concern("mood", SELF_HARM, "(?:hopeless|worthless|useless|a burden|burden|no hope|lost all hope|lost hope"
                + "|give up|giving up|gave up|can not cope|can not take it|can not do this|can not do it|can not"
                + " handle|nobody cares|no one cares|nobody loves me|no one loves me|hate myself|hate my life"
                + "|done with everything|so done|i am done|had enough|want it to stop|want it to end|make it stop"
                + "|end the pain|pain to stop|pain to end|no way out|trapped|want out|escape|tired of trying|tired"
                + " of fighting|tired of everything|empty inside|numb inside|nothing matters|lost everything"
                + "|what is the point|no point|alone forever|all alone|so alone|cannot go on|can not go on"
                + "|unbearable|can not bear|falling apart|broken|failure|ruined|hate everything|over it|wish it"
                + " would end|just want peace|want peace|want to rest|want to sleep|tired of life|so tired"
                + "|exhausted|miserable|desperate|despair|suffering|sorry for everything|forgive me|i am sorry"
                + " for being|ready to go|it is time|my time|not worth it|pointless|meaningless|dark|darkness"
                + "|low|depressed|suicidal|relapse|relapsed|drinking again|no future|goodbye|bye)\\b");
        escalator("time", "(?:tonight|today|tomorrow|right now|now|soon|this weekend|this week|in an hour|in a few"
                + " hours|in a few minutes|in a minute|after work|after dinner|when everyone is asleep|when they"
                + " leave|when he leaves|when she leaves|before morning|by morning|this evening|this afternoon"
                + "|this morning|at midnight|later|this time|finally|anytime|any minute|already|yesterday|last"
                + " night)\\b");
        escalator("final", "(?:goodbye|bye|farewell|this is it|too late|did it|done it|doing it|do it|took them"
                + "|took it|took all|swallowed|forgive me|i am ready|i am sorry|sorry for everything|thank you for"
                + " everything|thanks for everything|love you all|tell them|it is time|its time|time to go|going to"
                + " do it|gonna do it|nobody will stop me|no one will stop me|nobody can stop me|won t be here"
                + "|will not be here|see you|last|final|decided|plan|the plan|ready|enough|all of them|whole bottle"
                + "|on my way|i am here|standing|up here|on the roof|on the bridge|on the edge|in the car"
                + "|in my hand|loaded|tied|set up|written|wrote|letter|note)\\b");
    }

    private static void squashed() {
        SQUASHED.add(new Entry("squashed-suicide", SELF_HARM, "su[i1!l|]c[i1!l|]d"));
        SQUASHED.add(new Entry("squashed-kill-myself", SELF_HARM, "kil+m[yi]s[e3]l[fv]"));
        SQUASHED.add(new Entry("squashed-unalive", SELF_HARM, "unal[i1!]v"));
        SQUASHED.add(new Entry("squashed-want-to-die", SELF_HARM, "(?:want|wanna|wana)(?:to)?d[i1!]e(?!t|sel)"));
        SQUASHED.add(new Entry("squashed-end-my-life", SELF_HARM, "(?<!sp|att|tr|bl|l|m|f|s|v|w)endmyl[i1]fe"));
        SQUASHED.add(new Entry("squashed-self-harm", SELF_HARM, "selfharm"));
        SQUASHED.add(new Entry("squashed-hang-myself", SELF_HARM, "hangmyself"));
    }

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
