package org.framecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** Whom each attribution speaks for: parties merged across mentions, typed by the words that describe them. */
class SourceModelTest {

    private static List<String> attributions(String text) {
        Analyzer analyzer = TestAnalyzer.get();
        return analyzer.facts(analyzer.read("s.txt", ContentFormat.TEXT, text)).attributions().stream()
                .map(a -> a.source() + " -> " + a.speaker() + " (" + a.sourceType() + ", " + a.sourceKey() + ")").toList();
    }

    @Test
    void aSpokespersonSpeaksForTheBodyTheyServe() {
        assertThat(attributions("A BT spokesman said the network was safe.")).containsExactly("A BT spokesman -> BT (company, body:bt)");
    }

    @Test
    void aPersonIsTypedByTheEmployerTheirAppositiveNames() {
        assertThat(attributions("\"Phishing is rising,\" said William Plante, director of fraud protection at security firm Symantec."))
                .containsExactly("William Plante -> William Plante (company, person:plante)");
        assertThat(attributions("\"It had a bad image,\" said Olivier Gerolami, chief operating officer of TNT."))
                .containsExactly("Olivier Gerolami -> Olivier Gerolami (company, person:gerolami)");
    }

    @Test
    void aSurnameAndAPronounAreThePersonTheStoryNamedInFull() {
        assertThat(attributions("Prime Minister Tony Blair said taxes would fall. Later Mr Blair said they would not. He said sorry."))
                .containsExactly("Prime Minister Tony Blair -> Prime Minister Tony Blair (official, person:blair)",
                        "Mr Blair -> Prime Minister Tony Blair (official, person:blair)",
                        "He -> Prime Minister Tony Blair (official, person:blair)");
    }

    @Test
    void anIndefiniteDescriptionIsSomeoneNewNotTheBodyNamedBefore() {
        assertThat(attributions("Microsoft said it was investigating. A local doctor said most patients had recovered."))
                .containsExactly("Microsoft -> Microsoft (company, body:microsoft)",
                        "A local doctor -> A local doctor (person, body:local doctor)");
    }

    @Test
    void anAmountNeverSpeaks() {
        assertThat(attributions("In October, users grew by 1.4 million to 44.9 million, overtaking landlines, said the Telecom Regulatory Authority of India."))
                .containsExactly("the Telecom Regulatory Authority of India -> the Telecom Regulatory Authority of India "
                        + "(official, body:telecom regulatory authority of india)");
    }

    @Test
    void lawyersAndCommitteesAreTypedByWhomTheySpeakFor() {
        assertThat(attributions("Defence lawyers said the charges were false.")).singleElement().asString().contains("(person,");
        assertThat(attributions("The Constitutional Affairs Select Committee said the plans were rushed."))
                .singleElement().asString().contains("(official,");
    }

    @Test
    void wordsSetOffBesideANameSayWhomThePersonSpeaksFor() {
        assertThat(attributions("\"There are hundreds of characters,\" said Shauna Perry, Bioware's audio producer."))
                .containsExactly("Shauna Perry -> Shauna Perry (company, person:perry)");
        assertThat(attributions("But director of the Victims of Crime Trust, Norman Brennan, said the plan was wrong."))
                .containsExactly("Norman Brennan -> Norman Brennan (ngo, person:brennan)");
        assertThat(attributions("\"Net firms are realising it,\" said Paul King, chief security architect at Cisco."))
                .containsExactly("Paul King -> Paul King (company, person:king)");
        // an introductory phrase names no post
        assertThat(attributions("Speaking on BBC Radio Scotland's Sunday Live programme, Ms Jamieson said the meeting went well."))
                .containsExactly("Ms Jamieson -> Ms Jamieson (person, person:jamieson)");
    }

    @Test
    void theLongestWordsOfADescriptionDecideItsKind() {
        assertThat(attributions("Tory shadow home secretary David Davis said the plans were flawed."))
                .containsExactly("Tory shadow home secretary David Davis -> Tory shadow home secretary David Davis (group, person:davis)");
        assertThat(attributions("Former Cabinet minister Jack Cunningham said he will stand down."))
                .containsExactly("Former Cabinet minister Jack Cunningham -> Former Cabinet minister Jack Cunningham (person, person:cunningham)");
        assertThat(attributions("A Department for Work and Pensions spokeswoman said Mr Smith was still in post."))
                .containsExactly("A Department for Work and Pensions spokeswoman -> A Department for Work and Pensions spokeswoman "
                        + "(official, body:department for work and pensions spokeswoman)");
    }

    @Test
    void aShortFormTakesTheKindOfTheNameItStandsFor() {
        assertThat(attributions("The Scottish Environment Protection Agency (Sepa) objected. Later Sepa said it would act."))
                .containsExactly("Sepa -> Sepa (official, body:sepa)");
    }

    @Test
    void anUnnamedSpokespersonSpeaksForTheBodyJustQuoted() {
        assertThat(attributions("Sky said it had done nothing wrong. A spokesperson said the meeting had been useful."))
                .containsExactly("Sky -> Sky (company, body:sky)", "A spokesperson -> Sky (company, body:sky)");
    }

    @Test
    void aPronounNeverPointsAtAWordCapitalisedOnlyBecauseItOpensTheSentence() {
        assertThat(attributions("\"It is a task,\" said Mr R. Sridharan. \"Heavy traffic makes digging hard,\" he said. "
                + "\"We're there,\" he added. Something tells me it will rain, he said."))
                .containsExactly("Mr R. Sridharan -> Mr R. Sridharan (person, person:sridharan)",
                        "he -> Mr R. Sridharan (person, person:sridharan)",
                        "he -> Mr R. Sridharan (person, person:sridharan)",
                        "he -> Mr R. Sridharan (person, person:sridharan)");
    }
}
