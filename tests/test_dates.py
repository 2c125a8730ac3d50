"""Temporal expressions: detection, TimeML values, bounds over month-precise anchors, durations and sets."""
import pytest

from datasette_newsquotes.extract.timex import find_dates, merge_values, value_bounds
from datasette_newsquotes.plugins import languages

LANG = languages()


def dates(text, lang, published, precision=None):
    return {d.text: d for d in find_dates(text, LANG[lang], published, precision)}


def values(text, lang, published):
    return {d.text: (d.value, d.type) for d in find_dates(text, LANG[lang], published)}


# --- Luxembourgish ---------------------------------------------------------------------------------------------

def test_lb_weekday_over_a_month_precise_anchor_covers_every_resolution():
    d = dates("D'Ministesch war e Mëttwoch zu Bréissel.", "lb", "2024-03", "month")["Mëttwoch"]
    # the Wednesdays on or before each day of March 2024: 28 February .. 27 March
    assert (d.earliest, d.latest) == ("2024-02-28", "2024-03-27")
    assert d.type == "DATE" and d.anchor == "2024-03"


def test_lb_weekday_with_a_full_anchor():
    d = dates("D'Ministesch war e Mëttwoch zu Bréissel.", "lb", "2024-03-14")["Mëttwoch"]
    assert (d.value, d.earliest, d.latest, d.precision) == ("2024-03-13", "2024-03-13", "2024-03-13", "day")


def test_lb_relative_expressions():
    got = values("Leschte Freideg huet de Schäffen, virun zwou Wochen, de 14. Februar an am Februar gëschter "
                 "eppes gesot; d'lescht Woch an dëst Joer och.", "lb", "2024-03-14")
    assert got["Leschte Freideg"] == ("2024-03-08", "DATE")
    assert got["virun zwou Wochen"] == ("2024-02-29", "DATE")
    assert got["14. Februar"] == ("2024-02-14", "DATE")
    assert got["Februar"] == ("2024-02", "DATE")
    assert got["gëschter"] == ("2024-03-13", "DATE")
    assert got["d'lescht Woch"] == ("2024-W10", "DATE")
    assert got["dëst Joer"] == ("2024", "DATE")


def test_lb_parts_of_the_day_and_last_year():
    got = values("Haut de Moien huet d'Police gemellt, datt zejoert eppes geschitt wier; gëschter den Owend "
                 "och.", "lb", "2024-03-14")
    assert got["Haut de Moien"] == ("2024-03-14TMO", "TIME")
    assert got["zejoert"] == ("2023", "DATE")
    assert got["gëschter den Owend"] == ("2024-03-13TEV", "TIME")


def test_lb_durations_and_sets_are_typed_apart():
    got = values("D'Geriicht trëtt all Woch zesummen, zënter dräi Joer.", "lb", "2024-03-14")
    assert got["all Woch"] == ("P1W", "SET")
    assert got["dräi Joer"] == ("P3Y", "DURATION")
    d = dates("zënter dräi Joer", "lb", "2024-03-14")["dräi Joer"]
    assert d.earliest is None and d.latest is None


def test_lb_lower_case_month_word_is_no_date():
    assert not [d for d in find_dates("Hien huet mee gemaach.", LANG["lb"], "2024-03-14") if d.type == "DATE"]


# --- German ----------------------------------------------------------------------------------------------------

def test_de_dates():
    got = values("Am Mittwoch teilte das Ministerium mit, vergangene Woche sei am 13. Februar im vergangenen Jahr "
                 "vor drei Jahren Anfang 2021 gestern Abend gewesen.", "de", "2024-03-14")
    assert got["Mittwoch"] == ("2024-03-13", "DATE")
    assert got["vergangene Woche"] == ("2024-W10", "DATE")
    assert got["13. Februar"] == ("2024-02-13", "DATE")
    assert got["vergangenen Jahr"] == ("2023", "DATE")
    assert got["vor drei Jahren"] == ("2021", "DATE")
    assert got["Anfang 2021"] == ("2021", "DATE")
    assert got["gestern Abend"] == ("2024-03-13TEV", "TIME")


def test_de_morgen_as_noun_is_no_date_and_numeric_dates():
    got = values("Am Morgen kam der Bescheid vom 14.02.2024; morgen tagt der Rat.", "de", "2024-03-14")
    assert "Morgen" not in got
    assert got["14.02.2024"] == ("2024-02-14", "DATE")
    assert got["morgen"] == ("2024-03-15", "DATE")


def test_de_sets_and_durations():
    got = values("Die Kommission tagt jeden Monat, seit zwei Jahren.", "de", "2024-03-14")
    assert got["jeden Monat"] == ("P1M", "SET")
    assert got["zwei Jahren"] == ("P2Y", "DURATION")


def test_de_compound_day_part_and_anaphora():
    got = values("Am Montagabend tagte der Rat, am selben Tag trat der Minister zurück. Ende des Jahres wird "
                 "gewählt.", "de", "2024-03-14")
    assert got["Montagabend"] == ("2024-03-11TEV", "TIME")
    assert got["selben Tag"] == ("2024-03-11", "DATE")
    assert got["Ende des Jahres"] == ("2024", "DATE")


def test_de_decade():
    assert values("in den 1980er Jahren", "de", "2024-03-14")["den 1980er Jahren"] == ("198", "DATE")


# --- French ----------------------------------------------------------------------------------------------------

def test_fr_dates():
    got = values("Mercredi dernier, le maire a annoncé le 13 février que la semaine dernière, l'an dernier et "
                 "il y a deux ans, fin janvier, rien n'avait changé.", "fr", "2024-03-14")
    assert got["Mercredi dernier"] == ("2024-03-13", "DATE")
    assert got["13 février"] == ("2024-02-13", "DATE")
    assert got["la semaine dernière"] == ("2024-W10", "DATE")
    assert got["l'an dernier"] == ("2023", "DATE")
    assert got["il y a deux ans"] == ("2022", "DATE")
    assert got["fin janvier"] == ("2024-01", "DATE")


def test_fr_ete_as_participle_is_no_season():
    got = values("Le projet a été rejeté, mais cet été il reviendra.", "fr", "2024-03-14")
    assert "été" not in got
    assert got["cet été"] == ("2024-SU", "DATE")


def test_fr_set_and_duration():
    got = values("Le conseil se réunit chaque semaine depuis trois ans.", "fr", "2024-03-14")
    assert got["chaque semaine"] == ("P1W", "SET")
    assert got["trois ans"] == ("P3Y", "DURATION")


# --- English ---------------------------------------------------------------------------------------------------

def test_en_timeml_values():
    got = values("Shares fell on Wednesday after last week's report, and the first quarter of 2023 and the 1990s "
                 "were recalled; two years ago, in the past, this week, later this year and currently.",
                 "en", "2024-03-14")
    assert got["Wednesday"] == ("2024-03-13", "DATE")
    assert got["last week"] == ("2024-W10", "DATE")
    assert got["the first quarter of 2023"] == ("2023-Q1", "DATE")
    assert got["the 1990s"] == ("199", "DATE")
    assert got["two years ago"] == ("2022", "DATE")
    assert got["the past"] == ("PAST_REF", "DATE")
    assert got["this week"] == ("2024-W11", "DATE")
    assert got["later this year"] == ("2024", "DATE")
    assert got["currently"] == ("PRESENT_REF", "DATE")


def test_months_with_last_next_this():
    got = values("Last September, next March and this May.", "en", "2010-03-10")
    assert got["Last September"] == ("2009-09", "DATE")
    assert got["next March"] == ("2011-03", "DATE")
    assert got["this May"] == ("2010-05", "DATE")
    got = values("septembre dernier et mars prochain", "fr", "2010-03-10")
    assert got["septembre dernier"] == ("2009-09", "DATE") and got["mars prochain"] == ("2011-03", "DATE")


def test_en_future_tense_resolves_weekday_forwards():
    got = values("The council will vote on Friday.", "en", "2024-03-14")
    assert got["Friday"] == ("2024-03-15", "DATE")
    got = values("The council voted on Friday.", "en", "2024-03-14")
    assert got["Friday"] == ("2024-03-08", "DATE")


def test_en_month_day_year_and_ambiguous_words():
    got = values("The plant opened March 22, 2019. Prices may march on; they fall in the fall.", "en", "2024-03-14")
    assert got["March 22, 2019"] == ("2019-03-22", "DATE")
    assert "may" not in got and "march" not in got
    assert list(got).count("fall") == 1 and got["fall"] == ("2023-FA", "DATE")


def test_en_durations_sets_and_named_events():
    got = values("The mill ran for three years, every week, and the past year was hard. September 11 attacks.",
                 "en", "2024-03-14")
    assert got["three years"] == ("P3Y", "DURATION")
    assert got["every week"] == ("P1W", "SET")
    assert got["the past year"] == ("P1Y", "DURATION")
    assert "September 11" not in got


def test_en_same_period_refers_to_the_last_date():
    got = values("Car registrations fell by a tenth in February, against the same period last year.", "en",
                 "2024-03-14")
    assert got["the same period last year"] == ("2023-02", "DATE")


def test_no_anchor_keeps_absolute_dates_only():
    got = values("On 3 May 2021 and on Monday.", "en", None)
    assert got["3 May 2021"] == ("2021-05-03", "DATE")
    assert "Monday" not in got


@pytest.mark.parametrize("value,bounds", [
    ("2023-09", ("2023-09-01", "2023-09-30")), ("2023-Q3", ("2023-07-01", "2023-09-30")),
    ("2023-W37", ("2023-09-11", "2023-09-17")), ("199", ("1990-01-01", "1999-12-31")),
    ("2023-W37-WE", ("2023-09-16", "2023-09-17")), ("PAST_REF", (None, None)),
])
def test_value_bounds(value, bounds):
    assert value_bounds(value) == bounds


def test_merge_values():
    assert merge_values(["2023-08-30", "2023-09-27"]) == "2023-XX-XX"
    assert merge_values(["2023", "2023"]) == "2023"


def test_month_anchor_relative_year_is_exact():
    d = dates("Dëst Joer gouf gebaut.", "lb", "2023-09", "month")["Dëst Joer"]
    assert (d.value, d.earliest, d.latest) == ("2023", "2023-01-01", "2023-12-31")


def test_en_quarters_in_earnings_news():
    got = values("Profit last quarter fell, the company said. Net income in the quarter was $3 million. The last "
                 "quarter of 1996 was weak and the current quarter looks better.", "en", "1997-10-21")
    assert got["last quarter"] == ("1997-Q3", "DATE")        # the previous quarter, not the fourth
    assert got["the quarter"] == ("1997-Q3", "DATE")         # the quarter being reported
    assert got["The last quarter of 1996"] == ("1996-Q4", "DATE")
    assert got["the current quarter"] == ("1997-Q4", "DATE")
    got = values("In the second quarter, sales rose from the previous quarter and from $2 million a year earlier.",
                 "en", "1997-10-21")
    assert got["the previous quarter"] == ("1997-Q1", "DATE")
    assert got["a year earlier"] == ("1996-Q2", "DATE")
    assert "the quarter" not in values("The fund sold the quarter of a million shares it held.", "en", "1997-10-21")
    assert values("Sales rose from the year-earlier quarter.", "en", "1997-10-21")["the year-earlier quarter"] == \
        ("1996-Q3", "DATE")


def test_en_comparisons_do_not_chain_and_anchor_phrases():
    got = values("Revenue rose from a year earlier. Costs were flat from the previous year.", "en", "1997-10-21")
    assert got["a year earlier"] == ("1996", "DATE") and got["the previous year"] == ("1996", "DATE")
    got = values("The merger should close by year-end; by the end of the decade the market will double. Prices "
                 "fell in the spring of 1995.", "en", "1997-10-21")
    assert got["year-end"] == ("1997", "DATE")
    assert got["the end of the decade"] == ("199", "DATE")
    assert got["spring of 1995"] == ("1995-SP", "DATE")
    # a tense cue does not send a day of a few weeks back into next year
    assert values("The offer will stay open until Oct. 3.", "en", "1997-10-21")["Oct. 3"] == ("1997-10-03", "DATE")


def test_en_said_before_a_weekday_is_past_and_names_are_no_dates():
    got = values("The plant will close on Friday, union officials said Monday.", "en", "1997-10-22")
    assert got["Friday"] == ("1997-10-24", "DATE") and got["Monday"] == ("1997-10-20", "DATE")
    got = values("Shoppers crowded Spring Street while Summer Jones, a clerk, did day-to-day work; the "
                 "ministers held their Autumn meetings. About 1999 employees left.", "en", "1997-10-22")
    assert set(got) == {"Autumn"}


def test_en_holidays():
    got = values("Stores opened on Christmas Eve. The law takes effect on New Year's Day 1999.", "en", "1997-12-28")
    assert got["Christmas Eve"] == ("1997-12-24", "DATE")
    assert got["New Year's Day 1999"] == ("1999-01-01", "DATE")


def test_lb_mee_as_but_haut_as_skin_and_the_weekday_with_its_date():
    got = values("Mee de Buergermeeschter huet gesot, d'Leit hätten eng déck Haut. Haut huet de Gemengerot "
                 "gestëmmt; d'Aarbechte sollen Enn Mee fäerdeg sinn.", "lb", "2024-03-14")
    assert "Mee" not in got
    assert list(got).count("Haut") == 1 and got["Haut"] == ("2024-03-14", "DATE")
    assert got["Enn Mee"] == ("2024-05", "DATE")           # "sollen": the coming May
    got = values("D'Manif ass um Samschdeg, de 16. Mäerz; zanter e puer Woche streiken d'Infirmièren. Dat war "
                 "an den 1980-er Joren an an der éischter Hallschent vum Joer.", "lb", "2024-03-14")
    assert got["Samschdeg, de 16. Mäerz"] == ("2024-03-16", "DATE")
    assert got["e puer Woche"] == ("PXW", "DURATION")
    assert got["1980-er Joren"] == ("198", "DATE")


def test_de_apposition_ranges_planned_months_and_relatives_after_the_month():
    got = values("Der Markt ist am Mittwoch, den 18. Oktober. Von Freitag bis Montag wird gestreikt. Die "
                 "Landung ist für den August geplant.", "de", "2006-10-21")
    assert got["Mittwoch, den 18. Oktober"] == ("2006-10-18", "DATE")
    assert got["Freitag"] == ("2006-10-20", "DATE") and got["Montag"] == ("2006-10-23", "DATE")
    assert got["August"] == ("2007-08", "DATE")
    got = values("Die Partei wurde im Februar vergangenen Jahres gegründet, der Streik begann am 13. September "
                 "letzten Jahres. August Bebel sprach in den 1890-er Jahren; das Fest feiert 1.270 Jahre "
                 "Stadtgeschichte. Im ersten Halbjahr 2006 stieg der Umsatz.", "de", "2007-03-10")
    assert got["Februar vergangenen Jahres"] == ("2006-02", "DATE")
    assert got["13. September letzten Jahres"] == ("2006-09-13", "DATE")
    assert "August" not in got and "270 Jahre" not in got
    assert got["den 1890-er Jahren"] == ("189", "DATE")
    assert got["ersten Halbjahr 2006"] == ("2006-H1", "DATE")


def test_fr_relatives_after_the_date_semesters_and_ranges():
    got = values("Le 15 juin dernier, il a démissionné ; il reviendra le 3 juin prochain. Le printemps dernier "
                 "fut sec, comme en mai dernier.", "fr", "2012-06-10")
    assert got["15 juin dernier"] == ("2011-06-15", "DATE")
    assert got["3 juin prochain"] == ("2013-06-03", "DATE")
    assert got["printemps dernier"] == ("2012-SP", "DATE")
    assert got["mai dernier"] == ("2012-05", "DATE")
    got = values("De vendredi matin à lundi soir, la caravane traversera six villages. Le reportage diffusé "
                 "mardi 30 octobre a surpris. Au premier semestre 2012 les ventes ont baissé ; le second "
                 "semestre sera meilleur.", "fr", "2012-11-02")
    assert got["vendredi matin"] == ("2012-11-02TMO", "TIME") and got["lundi soir"] == ("2012-11-05TEV", "TIME")
    assert got["mardi 30 octobre"] == ("2012-10-30", "DATE")
    assert got["premier semestre 2012"] == ("2012-H1", "DATE")
    assert got["le second semestre"] == ("2012-H2", "DATE")


def test_en_month_last_year_and_last_summer():
    got = values("Sales rose in March last year; last summer they fell, and next spring they should recover.",
                 "en", "1998-10-27")
    assert got["March last year"] == ("1997-03", "DATE")
    assert got["last summer"] == ("1998-SU", "DATE")        # the summer just over
    assert got["next spring"] == ("1999-SP", "DATE")


def test_shifts_from_the_last_named_date_in_lb_de_fr():
    got = values("2019 gouf d'Firma gegrënnt. Zwee Joer méi spéit war se faillite; e Joer virdrun hat se nach "
                 "Gewënn.", "lb", "2024-03-14")
    assert got["Zwee Joer méi spéit"] == ("2021", "DATE") and got["e Joer virdrun"] == ("2020", "DATE")
    got = values("Der Konzern meldete für 2009 einen Verlust. Ein Jahr zuvor war es ein Gewinn.", "de", "2010-03-09")
    assert got["Ein Jahr zuvor"] == ("2008", "DATE")
    got = values("En 2009, la maternité a fermé. Deux ans plus tard, l'hôpital a suivi.", "fr", "2012-11-02")
    assert got["Deux ans plus tard"] == ("2011", "DATE")


def test_en_show_names_and_the_day_of_something():
    got = values('She said on "Fox News Sunday" that the day of action worked. Later in the day, shares fell.',
                 "en", "2016-09-26")
    assert "Sunday" not in got and got.get("the day") == ("2016-09-26", "DATE") and len(got) == 1


def test_centuries_in_four_languages():
    assert values("In the 20th century, wars raged.", "en", "1998-10-27")["the 20th century"] == ("19", "DATE")
    assert values("Au XXe siècle, la ville a grandi.", "fr", "2012-11-02")["XXe siècle"] == ("19", "DATE")
    assert values("Im 19. Jahrhundert wuchs die Stadt.", "de", "2012-11-02")["19. Jahrhundert"] == ("18", "DATE")
    d = dates("Am 20. Joerhonnert ass d'Stad gewuess.", "lb", "2012-11-02")["20. Joerhonnert"]
    assert (d.value, d.earliest, d.latest, d.precision) == ("19", "1900-01-01", "1999-12-31", "century")
    assert values("La vie est belle.", "fr", "2012-11-02") == {}


def test_fr_future_tense_by_verb_ending():
    got = values("La ministre présentera son plan lundi soir à Esch.", "fr", "2012-11-02")
    assert got["lundi soir"] == ("2012-11-05TEV", "TIME")
    got = values("Il a conclu sa campagne lundi soir à Rouen. Les patrons ont protesté mardi.", "fr", "2012-11-02")
    assert got["lundi soir"] == ("2012-10-29TEV", "TIME") and got["mardi"] == ("2012-10-30", "DATE")


def test_holidays_in_lb_de_fr():
    got = values("Um Chrëschtowend sinn d'Geschäfter zou.", "lb", "2012-12-20")
    assert got["Chrëschtowend"] == ("2012-12-24", "DATE")
    got = values("An Heiligabend bleiben die Geschäfte bis 14 Uhr geöffnet, zu Silvester 2011 war es anders.", "de",
                 "2012-12-20")
    assert got["Heiligabend"] == ("2012-12-24", "DATE") and got["Silvester 2011"] == ("2011-12-31", "DATE")
    got = values("Les magasins ouvriront à Noël, mais le Père Noël est déjà passé.", "fr", "2012-12-20")
    assert list(got) == ["Noël"] and got["Noël"] == ("2012-12-25", "DATE")


def test_de_an_age_in_quotes_is_no_short_year():
    got = values("'17-Jährige' dürfen in Begleitung fahren; das Album erschien '98.", "de", "2005-07-09")
    assert got == {"'98": ("1998", "DATE")}


def test_ahead_is_a_date_in_the_future_else_a_duration():
    got = values("In zwei Wochen wird gewählt. In drei Tagen wurden 500 Häuser zerstört.", "de", "2024-03-14")
    assert got["In zwei Wochen"] == ("2024-03-28", "DATE") and got["In drei Tagen"] == ("P3D", "DURATION")
    got = values("Dans trois ans, la ligne sera ouverte. À la mi-octobre, on votera.", "fr", "2024-03-14")
    assert got["Dans trois ans"] == ("2027", "DATE") and got["mi-octobre"] == ("2024-10", "DATE")
    got = values("D'Regierung wäert a fënnef Joer evaluéieren; hie war a Russland.", "lb", "2024-03-14")
    assert got == {"a fënnef Joer": ("2029", "DATE")}


def test_en_quarter_in_the_future_is_next_years():
    got = values("The company expects first-quarter results to improve.", "en", "1998-10-27")
    assert got["first-quarter"] == ("1999-Q1", "DATE")
    assert values("First-quarter profit rose 5%.", "en", "1998-10-27")["First-quarter"] == ("1998-Q1", "DATE")
