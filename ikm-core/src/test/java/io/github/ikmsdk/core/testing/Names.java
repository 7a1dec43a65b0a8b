package io.github.ikmsdk.core.testing;

import java.util.List;

/** Fictional names in the style of Manggarai Barat, for generated and example data. */
final class Names {

  static final List<String> PEOPLE =
      List.of(
          "Maria Jelita",
          "Yohanes Ndala",
          "Agustina Mbabut",
          "Fransiska Nggoro",
          "Kornelis Jehamat",
          "Siti Aminah",
          "Petrus Lalong",
          "Theresia Anul",
          "Hendrikus Wela",
          "Rosalia Nimbang",
          "Yosef Ngandu",
          "Margareta Janu",
          "Antonius Gaut",
          "Ursula Nirmala",
          "Robertus Dampur");

  static final List<String> BUSINESSES =
      List.of(
          "Tenun Ikat",
          "Kopi Robusta",
          "Abon Ikan",
          "Gula Aren",
          "Tikar Pandan",
          "Keripik Pisang",
          "Ukiran Kayu",
          "Bakso Ikan",
          "Kerupuk Ikan",
          "Anyaman Bambu");

  static final List<String> STREETS =
      List.of(
          "Jalan Frans Nala",
          "Jalan Soekarno-Hatta",
          "Jalan Ande Bole",
          "Jalan Gabriel Gampur",
          "Jalan Pantai Pede",
          "Jalan Trans Flores",
          "Jalan Batu Cermin",
          "Jalan Wae Kelambu");

  private Names() {}
}
