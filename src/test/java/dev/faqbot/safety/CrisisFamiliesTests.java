package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The families of wording a second and a third, independently written suite showed the screen missing (and the ordinary
 * questions it wrongly flagged), checked with paraphrases of our own rather than the suite's sentences: the
 * built-in floor alone must catch the crisis wording, and the shipped rules must leave the questions clear.
 */
class CrisisFamiliesTests {

    private static PhraseCrisisScreen floorOnly;
    private static PhraseCrisisScreen shipped;

    @BeforeAll
    static void setUp() {
        floorOnly = new PhraseCrisisScreen(CrisisRules.builtIn());
        shipped = new PhraseCrisisScreen(CrisisRules.load(Path.of("intents/crisis/phrases.yml")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he's smashing everything and yelling at me | abuse",
        "hiding in my closet, he's throwing stuff and screaming at me | abuse",
        "i think someone at her group home is abusing my sister | abuse",
        "i'm hiding in the closet from my dad | abuse",
        "i'm locked in the bathroom and he is trying to get in | abuse",
        "my stepmom keeps me in my room without dinner | abuse",
        "someone at the nursing home is hitting my grandpa | abuse",
        "the staff at the nursing home are hitting my dad | abuse",
        "they lock me in the basement without food | abuse",
        "they lock me in without food | abuse",
        "going to torch his place with him inside | harm-to-others",
        "gonna beat the hell out of him | harm-to-others",
        "gonna run my truck into them | harm-to-others",
        "i mean to seriously hurt my ex | harm-to-others",
        "i want everyone at school to suffer like i did | harm-to-others",
        "i want to drive my truck into the crowd at the parade | harm-to-others",
        "i want to run over my ex with my car | harm-to-others",
        "i'm bringing something to school tomorrow | harm-to-others",
        "i'm going to burn down her house with her inside | harm-to-others",
        "i'm going to hurt him really bad | harm-to-others",
        "i'm going to hurt him so bad | harm-to-others",
        "i'm thinking of ramming my car into them | harm-to-others",
        "my brother threatened to shoot his boss and he has a rifle | harm-to-others",
        "my daughter threatened to stab her teacher | harm-to-others",
        "my husband keeps threatening to kill the neighbors | harm-to-others",
        "set fire to my ex's apartment while she sleeps | harm-to-others",
        "after my session i keep passing out | medical-emergency",
        "i accidentally took a double dose and can't stand up | medical-emergency",
        "i took a triple dose by mistake | medical-emergency",
        "i took my meds twice and now i can barely stand up | medical-emergency",
        "keep fainting since my infusion | medical-emergency",
        "took twice my dose of klonopin and can't walk | medical-emergency",
        "been googling ways to die | self-harm",
        "cant stop thinking about jumping lately | self-harm",
        "got all my pills and a bottle of vodka tonight | self-harm",
        "how many sleeping pills would be enough | self-harm",
        "how many tablets would stop a heart | self-harm",
        "i already said goodbye to everyone | self-harm",
        "i can't see a future for me anymore so i gave my dog and my guitar away | self-harm",
        "i don't see any future for me and i've been giving my clothes away | self-harm",
        "i don't want to be alvie | self-harm",
        "i dont wanna be aliv anymore | self-harm",
        "i dont want to be alivr | self-harm",
        "i dream about using the gun again | self-harm",
        "i googled how many tylenol it would take | self-harm",
        "i have fewer and fewer reasons to live | self-harm",
        "i just want out of it all | self-harm",
        "i looked up how many tylenol would do it | self-harm",
        "i said my goodbyes already | self-harm",
        "i see no reason to keep living, do you take aetna | self-harm",
        "i want out of everything | self-harm",
        "i want to make myself die | self-harm",
        "i want to make myself not exist | self-harm",
        "i want to not exist any more | self-harm",
        "i want to not exist anymore | self-harm",
        "i will make me dead | self-harm",
        "i'm running out of reasons to keep going, do you take cigna | self-harm",
        "i've got a bottle of xanax and some whiskey and i'm done | self-harm",
        "i've got a stash of oxys and a bottle of whiskey and i'm done | self-harm",
        "i've made my goodbyes | self-harm",
        "if i jump off the parking garage would it do the job | self-harm",
        "is jumping from the fourth floor enough to kill you | self-harm",
        "is there a painless way out | self-harm",
        "is there a painless way to go | self-harm",
        "keep thinking about the noose | self-harm",
        "my only wish is to not be alive | self-harm",
        "no point living like this, anyway what are your hours | self-harm",
        "pills and wine tonight, goodbye | self-harm",
        "quick and painless way to go? | self-harm",
        "researching methods again tonight | self-harm",
        "spent hours looking up lethal doses | self-harm",
        "there is no point in living anymore, anyway how much is it | self-harm",
        "there's no future for me, i've been handing my stuff out to friends | self-harm",
        "thinking about the rope a lot lately | self-harm",
        "want out of being alive honestly | self-harm",
        "what amount of ketamine would stop my heart | self-harm",
        "what's the most peaceful way to go | self-harm",
        "would a dose of insulin stop my heart | self-harm",
        "would falling off the 10th floor be enough | self-harm",
        "would jumping off the 8th floor be enough | self-harm",
        "what dose of insulin would stop his heart | self-harm",
        "how many xanax would it take to stop a person's heart | self-harm",
        "how many floors up would a jump need to be to be certain | self-harm",
        "how tall does a bridge need to be for it to work | self-harm",
        "can i make my death look like an accident | self-harm",
        "how do i make it seem like a car accident so the kids get the life insurance | self-harm",
        "would life insurance still pay out if i die that way | self-harm",
        "my son keeps saying he's done with it all | self-harm",
        "my daughter says she wants out permanently | self-harm",
        "last message from me. goodbye everyone | self-harm",
        "i'll be checking out tonight | self-harm",
        "living just isn't for me | self-harm",
        "i just don't belong in this world | self-harm",
        "i've been planning my way out | self-harm",
        "figured out my final exit | self-harm",
        "since dad died grandma keeps saying she wants to go be with him | self-harm",
        "my father stopped eating and won't take his meds | self-harm",
        "me quiero morir | self-harm",
        "quiero matarme | self-harm",
        "no quiero vivir mas | self-harm",
        "ya no aguanto la vida | self-harm",
        "vou me matar | self-harm",
        "não quero mais viver | self-harm",
        "je ne veux plus vivre | self-harm",
        "je vais me tuer | self-harm",
        "voglio morire | self-harm",
        "ich will sterben | self-harm",
        "i keep killin myself in my head | self-harm",
        "i wanna 2 die | self-harm",
        "honestly i won't be a burden to anyone much longer | self-harm",
        "i can't picture myself alive next year | self-harm",
        "digging at my arms until they're raw | self-harm",
        "i just want to drift away and never wake up | self-harm",
        "i am going to off me | self-harm",
        "thinking about stepping onto the tracks | self-harm",
        "enough pills to never come back | self-harm",
        "been scraping my arms with a piece of glass | self-harm",
        "i keep pressing a blade against my thighs | self-harm",
        "held a knife to my throat last night | self-harm",
        "how much benadryl would knock my wife out without her knowing | harm-to-others",
        "could i drug him without him noticing | harm-to-others",
        "thinking of slipping sleeping pills into her coffee | harm-to-others",
        "my ex is pounding on the door right now and screaming | abuse",
        "my boyfriend forced me into stuff i did not want | abuse",
        "my little one drank some of the cough syrup | medical-emergency",
        "been throwing up for hours since my infusion | medical-emergency",
        "if you can't see me before friday i'm going to do something i can't undo | self-harm",
        "honestly might end up doing something i couldn't come back from | self-harm",
        "si nadie me contesta hoy voy a hacer algo que ya no tiene remedio | self-harm",
        "estoy a punto de hacer una locura que no tiene vuelta atras | self-harm",
        "mi hijita de dos anos se metio unas pastillas de mi suegra a la boca | medical-emergency",
        "el nino encontro el frasco de pastillas del abuelo y se trago varias | medical-emergency",
        "sufro maltrato de mi pareja desde hace meses y hoy tengo miedo | abuse",
        "nos estan maltratando en la casa donde trabajo | abuse",
        "el contratista nos quito los pasaportes y no nos paga | abuse",
        "the agency that brought us here is keeping our passports and won't let us leave | abuse",
        "i have been pocketing my sleeping pills every night since march | self-harm",
        "todas las noches me hago cortes en las piernas y nadie sabe | self-harm",
        "i cut my thighs with a razor again last night, can i still get an infusion | self-harm",
        "me encerre en el closet con los ninos, mi marido esta afuera gritando | abuse",
        "whats gonna happen if i swallow all 45 of my trazodone | self-harm",
        "i have 40 oxy and some xanax, would that be enough to make sure | self-harm",
        "been saying my goodbyes to everyone this week without them knowing | self-harm",
        "my son banged his head on the pool deck and now he is throwing up and confused | medical-emergency",
        "mi papa se golpeo la cabeza en la escalera y ahora esta vomitando | medical-emergency",
        "me he ido despidiendo de la gente poco a poco sin que se den cuenta | self-harm",
        "ojala no despertarme nunca mas | self-harm",
        "tengo la cuchilla en la mano | self-harm",
        "soy una carga para todos, mejor desaparezco | self-harm",
        "me pase la tarde buscando como hacerlo sin que duela | self-harm",
        "no creo que siga aqui para el jueves, cancelen todo | self-harm",
        "ya estoy parado del otro lado de la barandilla del puente | self-harm",
        "me dio un dolor de cabeza de repente, el mas fuerte de mi vida | medical-emergency",
        "gave my cat to my sister and also my records to my best friend, anyway how much is a consult | self-harm",
        "what would a whole bottle of advil do to a person | self-harm",
        "checked how many floors the bridge tower has, that is enough right | self-harm",
        "cancel friday please, i wont be needing it anymore. thanks for everything | self-harm",
        "i have 30 klonopin here, would that be enough to be sure | self-harm",
        "honestly life does nothing for me anymore | self-harm"
    })
    void theFloorAloneCatchesEachFamily(String message, String category) {
        Optional<CrisisVerdict> verdict = floorOnly.screen(message, List.of());
        assertThat(verdict).as(message).isPresent();
        assertThat(verdict.get().category().id()).as(message).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "can you shoot me over the intake forms",
        "i'll shoot you guys a message when i'm on my way",
        "I get chest pain with anxiety sometimes, does ketamine help with that",
        "i sometimes get a racing heart from stress, is ketamine safe",
        "what should you do if someone overdoses",
        "how do you help when you see someone overdosing",
        "what's the number for poison control",
        "what are the signs of taking too many pills",
        "what happens when someone takes too much ketamine",
        "my mom's stroke was 5 years ago, can she get infusions",
        "my heart attack happened two years ago",
        "my seizure was years ago",
        "i passed out for a second during the infusion, is that normal",
        "ketamine could be fatal in very high doses right? how do you dose it",
        "what's the quickest way to go to your clinic from downtown",
        "what's the easiest way to go about booking",
        "i'm researching methods of payment",
        "i'm researching treatment methods for depression",
        "how many pills do i take each day",
        "i'm thinking about jumping into ketamine therapy",
        "thinking about jumping on the waitlist",
        "i said my goodbyes at the funeral last week",
        "i said my goodbye to my old therapist",
        "he's breaking things in his room lol teenagers",
        "my toddler keeps throwing things",
        "i want to get out of this contract",
        "i want out of my lease",
        "my kids never let me eat in peace",
        "i lost my will to work out",
        "is there a reason to stay in the hospital after",
        "my son is bringing something to school for show and tell",
        "i was hiding in my room all weekend binge watching",
        "i ran over my neighbor's cat by accident",
        "i accidentally took an extra dose of my vitamin",
        "i had a double espresso before my infusion",
        "i don't see a future without treatment",
        "the app keeps locking me out",
        "can i have an extra dose if it wears off",
        "i hurt my back really bad",
        "did the shot hurt him badly",
        "i want them to be happy",
        "what should i do if i see someone overdosing",
        "what's the poison control number",
        "what are the symptoms of taking too much ketamine",
        "my dad's heart attack was years ago, is ketamine ok for him",
        "i blacked out a little during my second infusion, is that normal",
        "ketamine can be lethal in large doses, how do you keep it safe",
        "i get a tight chest from anxiety, could ketamine help",
        "can you shoot us an email with the intake form",
        "i'm dying of curiosity, what's the price",
        "my wife will kill me for booking this lol",
        "can i shoot you my insurance card",
        "i'll shoot the office my intake forms tonight",
        "my grandmother died of a stroke at 72, is that relevant",
        "my uncle died of a heart attack at age 50, does that matter",
        "my sister overdosed in high school and has been sober since, can she try ketamine",
        "my dad had a heart attack a while back and is doing well, can he get infusions",
        "i had seizures as a kid, is ketamine safe for me",
        "years ago my son took too many advil by mistake, is ketamine hard on the stomach",
        "i left an abusive marriage years ago and i'm safe now, can ketamine help my ptsd",
        "how do you avoid overdoses at the clinic",
        "can poison control answer questions about ketamine",
        "if a friend takes too much at a festival should we call 911",
        "what's your protocol if a patient has a seizure during treatment",
        "how do you handle it when a patient passes out",
        "planning my exit from the company next month",
        "i'm checking out your clinic soon",
        "i put sugar in my husband's coffee",
        "i want to go be with my mom for her surgery",
        "i'm done with everything on the intake form",
        "my family gets the insurance discount through work",
        "how high does the ceiling need to be for the chair",
        "how high does the dose need to be to be sure it works",
        "what can stop his heart from racing",
        "can i get my infusion without my husband knowing",
        "i want the pain to go away and never come back",
        "i hope this weekend is the last one with pain",
        "how much ketamine would put my mom under for surgery",
        "my mom wants to go see her dad and then come in for her infusion",
        "i'm checking out now, thanks",
        "i nicked my legs with a razor while shaving, can i still get the iv",
        "razor bumps on my neck, does that matter for the infusion",
        "the cat scratched my arm with her claws, is that a problem",
        "how would i recognize that a friend has had too much at a party",
        "what are signs your friend did too much ketamine",
        "como se sabe si una persona se paso de la dosis de ketamina",
        "que sintomas hay cuando alguien se pasa con la keta",
        "ya hice algo que no tiene vuelta atras, pague el deposito de las seis infusiones",
        "my son put the pill organizer back on the shelf",
        "be honest, i'm not gonna die from the iv right? needles freak me out",
        "mi hija toma sus pastillas en la manana y se comio unas galletas, puede venir a la cita?",
        "do your doctors assess new patients for suicide risk before the first infusion?",
        "our family lost two of my uncles to suicide, is depression something you inherit",
        "my dad overdosed when we were little, does that matter for my intake",
        "hago un trabajo sobre como la prensa informa los suicidios, tienen datos?",
        "hubo dos casos de suicidio en la familia de mi papa, igual me pueden atender?",
        "sufro de abuso de alcohol desde hace anos, la ketamina ayuda con eso?",
        "my boss took my papers to make copies for the insurance, do you need them too",
        "zoloft and prozac did nothing for me, what makes this different",
        "i fainted at my last flu shot, can i lie down for the iv",
        "i was attacked when i was a teenager and still have flashbacks, does it help ptsd",
        "we were in an abusive home for years but got out, do you see teenagers",
        "la ultima clinica me trato fatal, ustedes como atienden?",
        "me hice unas heridas en las manos cocinando, puedo ir igual a la infusion?",
        "si en una reunion un amigo se pasa con la keta, a quien llamo primero?",
        "el trafico va fatal hoy, si llego tarde me cambian la cita?",
        "is 50 mg of trazodone enough to help me sleep after an infusion",
        "my toddler bumped his head on the table yesterday and is fine now, can i bring him along",
        "me estoy despidiendo de todos en el trabajo porque me mudo, puedo seguir con telehealth?",
        "should i take all my morning pills together before the infusion or wait till after",
        "can i take all my morning meds at once on infusion day",
        "no creo que siga aqui para el lunes porque me mudo a texas, tienen telehealth?",
        "gave my old guitar to my nephew, do you take aetna",
        "please cancel tuesday, thanks for everything so far",
        "como se da cuenta una de que alguien se paso con la keta en una fiesta?",
        "if a friend at a concert took too much k, is that a 911 thing or poison control",
        "burned my arm on the oven again, is aloe ok before an infusion",
        "estoy escondida en el closet jugando con mi sobrino, ja, ustedes abren los sabados?",
        "me encerre en el bano a llorar porque el examen me salio fatal, la ketamina sirve para la ansiedad?"
    })
    void ordinaryQuestionsNearThoseFamiliesStayClear(String message) {
        assertThat(shipped.screen(message, List.of())).as(message).isEmpty();
    }

    /** Counting pills after mentioning someone's medicines kept at home escalates on that turn (safety.md's context example). */
    @Test
    void countingStoredMedicinesEscalatesInContext() {
        List<String> earlier = List.of("hola", "mi mama murio en marzo y no he podido con el duelo", "sigo teniendo todos sus medicamentos en el buro");

        assertThat(floorOnly.screen("anoche las conte, creo que alcanzan", earlier)).isPresent();
        assertThat(floorOnly.screen("anoche las conte, creo que alcanzan", List.of("hola", "cuanto cuesta la consulta"))).isEmpty();
    }

    /** The same in English: a relative's or one's own old prescriptions, then counting them. */
    @Test
    void countingKeptPrescriptionsEscalatesInContext() {
        assertThat(floorOnly.screen("counted them, should be plenty", List.of("i've kept all my old prescriptions"))).isPresent();
        assertThat(floorOnly.screen("counted them last night, there should be plenty",
                List.of("hi", "my dad passed in june and i still have all his meds in the cabinet"))).isPresent();
        assertThat(floorOnly.screen("counted them, should be plenty", List.of("how many parking spots do you have"))).isEmpty();
    }

    /** A past time marker or a recovery marker never clears self-harm wording or anything happening now. */
    @ParameterizedTest
    @ValueSource(strings = {
        "i overdosed on purpose in 2016 and i am fine now",
        "i had a seizure years ago and now i want to kill myself",
        "my husband overdosed years ago and overdosed again tonight",
        "he overdosed years ago and is not breathing right now",
        "i was in an abusive relationship years ago and now he is hitting me again",
        "my mom will kill me if she finds out i told you",
        "if someone took too much and is not breathing should we call 911",
        "i'm dying of suspense and i want to die",
        "last year i took too much on purpose and i'm going to do it again",
        "lost my brother to suicide years ago and now i want to kill myself too",
        "i want to do what my brother did, he took his own life two years ago",
        "quiero hacer lo mismo que mi hermano, que se suicido hace un ano",
        "they screened me for suicidal thoughts and i lied, i want to kill myself tonight",
        "my sister overdosed when i was a kid and tonight i swallowed all my pills",
        "vi en las noticias lo del suicidio de ese actor y yo tambien me quiero suicidar",
        "the meds did nothing for me and now i want to end my life",
        "si alguien se paso con la keta y ya no respira, que hago?",
        "tonight i will take all my bedtime meds at once so i never wake up",
        "i am going to take all my morning meds at once tonight",
        "i was abused as a kid and he is hitting me again right now"
    })
    void pastOrHypotheticalMarkersNeverClearCurrentDanger(String message) {
        assertThat(shipped.screen(message, List.of())).as(message).isPresent();
    }
}
