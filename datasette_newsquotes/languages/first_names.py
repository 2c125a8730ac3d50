"""First names that tell a person's gender in the news of every language we read (data only).

Names travel between languages, so one list serves all of them (``Speech.first_name_genders`` defaults to it;
a language module may pass its own). Only names that are one gender's in English, German, French and
Luxembourgish news alike are listed: never "Jean", "Andrea", "Simone", "Kim", "Alex", "Sam", "Robin", "Chris",
"Claude", "Dominique", "Camille", "Nicola", "Sascha", "Toni", "Jo", which are either's somewhere. A person
named in full with one of them ("Claire Dunmore") is that gender's for the pronouns after them ("she") and for a
title on the surname ("Mr. Weller" is no "Jane Weller").
"""

FEMALE = frozenset("""
    abigail ada adele adeline agathe agnes aileen alexandra alice alicia alina alison amanda amelia amelie amy
    ana anastasia angela angelika angelina anita anja ann anna annabelle anne annette annika antje antonia
    astrid audrey aurelie barbara beata beatrice beatrix bettina birgit brigitte britta brenda bridget
    camilla carina carla carmen carol carolin caroline catherine cecile celine charlotte chloe christa
    christel christiane christina christine clara claire claudia colette cornelia cynthia dagmar daniela
    deborah denise diana diane doris dorothea dorothee edith eleanor elena elisabeth elise elizabeth ella
    ellen elke elodie eloise elsa emilia emilie emily emma erika esther eva evelyn fabienne fatima florence
    francoise franziska frieda gabriela gabrielle gertrud gisela grace greta gudrun hanna hannah
    heather heidi heike helen helena helene helga hildegard ilse ines ingrid irene iris isabel isabella
    isabelle jacqueline jana jane janet janine jasmin jennifer jessica joanna johanna josephine judith
    julia juliane julie justine karen karin katarina katharina kathrin katja kerstin laetitia laura
    lea lena leonie lisa lotte louise lucia lucie lucy luise lydia madeleine magali maggie manon manuela
    margaret margot margarete maria marianne marie marina marlene martha martina mary mathilde maya
    melanie melissa michelle monika monique nadia nadine natalie nathalie nicole nina nora olga olivia
    pamela patricia paula pauline petra philippa rachel rebecca regina renate rita rosa rosemary ruth
    sabine sabrina sandra sara sarah silke silvia simona sofia sonia sonja sophia sophie stephanie susan
    susanne suzanne svenja sylvie tamara tanja tatjana theresa therese tina ulla ulrike ursula valerie
    vanessa vera veronika veronique victoria virginie yvonne zoe linda marta sunita grace iris ruth maria susan
    priya deborah louisa lorna fiona kathleen kate katie sally sue wendy
    carole martine myriam paulette tessy chantal josiane mireille josette danielle francine ghislaine solange
    odile genevieve bernadette christelle sandrine karine aurore marion anais clemence margaux oceane claudine
    corinne liliane yolande viviane joelle cathy lydie carine tania
    yasmina leila aisha amina fatma ayse zeynep elif meryem hatice
    natalia irina svetlana tatiana ekaterina ludmila galina oksana yulia agnieszka katarzyna malgorzata
    magdalena zofia ewa elzbieta
    francesca chiara giulia alessandra federica paola silvana giovanna dolores pilar mercedes rocio lourdes
    beatriz cristina leticia marisol fernanda luciana mariana adriana raquel teresa
    hillary kamala nancy jill melania ivanka stacey kimberly megan samantha tiffany amber jenny keiko akiko
    """.split())

MALE = frozenset("""
    aaron adam adrian alain albert alexander alexandre alfred andreas andrew andy anthony anton antoine
    armin arnaud arnold arthur axel benedikt benjamin benoit bernard bernd bertrand bill bjorn boris brian
    bruno carl carsten charles christian christoph christophe christopher claus daniel david denis dennis
    dieter dirk dominik donald douglas edgar eduard edward emmanuel eric erich erik ernst etienne fabian
    felix florian francois frank franz frederic friedrich fritz georg george gerald gerhard gilles gregor
    guido guillaume gunter gunther hans harald harry heinrich heinz helmut henri henry herbert hermann
    holger hubert hugo ingo jacques jakob james jason jeff jens jeremy jerome joachim joe johann johannes
    john jonas jonathan jorg josef joseph julian julien jurgen kai karl karsten kevin klaus konrad kurt
    lars laurent leon leonard lothar louis luc lucas ludwig lukas manfred marc marcel marco marcus mario
    mark markus martin mathias matthew matthias max maximilian michael michel mike nicolas niklas nils
    norbert olaf oliver oscar oskar otto pascal patrick paul peter philipp philippe pierre rainer ralf
    ralph raphael reinhard rene richard robert roger roland rolf romain ronald rudolf rudi sebastian
    serge simon stefan stephan stephane steven sven theo thierry thomas thorsten tilman tim timo tobias
    tom torsten ulrich uwe vincent walter werner wilhelm william wolfgang xavier yannick yves dan alan frank
    gregory greg ken keith neil nigel ian gavin gordon graham stuart craig barry trevor
    derek wayne kyle brandon justin sean shaun liam connor declan brendan kieran callum gary harold howard
    stanley eugene raymond russell hank rick ricky ted
    franck olivier sebastien mathieu didier gerard georges gaston fernand armand lucien maurice gilbert herve
    thibault cedric fabrice ludovic maxime quentin florent gaetan mickael joel jos carlo pit
    ali mehmet ahmet mustafa mohammed muhammad mohamed ahmed omar yusuf youssef hassan hussein ibrahim karim
    khalid tarek walid rachid abdullah hamid emre murat kemal
    jose juan carlos luis pablo miguel javier alejandro fernando francisco antonio manuel pedro diego sergio
    raul jorge ricardo roberto eduardo enrique alberto alfonso ignacio rafael ramon santiago joao tiago nuno
    giovanni giuseppe luigi alessandro francesco matteo lorenzo stefano massimo silvio
    vladimir sergei sergey dmitri dmitry alexei alexey mikhail nikolai igor oleg yuri viktor ivan pavel andrei
    andrey piotr pawel tomasz krzysztof marek jakub wojciech kenji hiroshi takeshi rahul amit vijay narendra
    """.split())

GENDERS = dict([(n, "f") for n in FEMALE] + [(n, "m") for n in MALE])
