package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The families of wording a second, independently written suite showed the screen missing (and the ordinary
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
        "would jumping off the 8th floor be enough | self-harm"
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
        "can you shoot us an email with the intake form"
    })
    void ordinaryQuestionsNearThoseFamiliesStayClear(String message) {
        assertThat(shipped.screen(message, List.of())).as(message).isEmpty();
    }
}
