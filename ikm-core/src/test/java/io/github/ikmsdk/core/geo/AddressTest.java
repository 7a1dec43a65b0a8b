package io.github.ikmsdk.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.identifier.RegionCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

  private static final RegionCode LABUAN_BAJO = RegionCode.parse("53.15.05.1025");
  private static final RegionCode BATU_CERMIN = RegionCode.parse("53.15.05.2019");

  @Test
  void disdagrinOffice() {
    Address office =
        Address.builder()
            .street("Jalan Frans Nala")
            .region(LABUAN_BAJO)
            .postalCode("86554")
            .build();
    assertEquals("Jalan Frans Nala", office.street());
    assertEquals(Optional.of(LABUAN_BAJO), office.region());
    assertEquals(Optional.of("86554"), office.postalCode());
  }

  @Test
  void ofStreetAndRegion() {
    Address site = Address.of("Dusun Batu Cermin, RT 002/RW 001", BATU_CERMIN);
    assertEquals("Dusun Batu Cermin, RT 002/RW 001", site.street());
    assertEquals(Optional.of(BATU_CERMIN), site.region());
    assertEquals(Optional.empty(), site.postalCode());
  }

  @Test
  void onlyTheStreetIsRequired() {
    Address address = Address.builder().street("Jalan Soekarno Hatta").build();
    assertEquals(Optional.empty(), address.region());
    assertEquals(Optional.empty(), address.postalCode());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Address.builder().build());
    assertTrue(e.getMessage().contains("street"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejectsBlankStreet(String street) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Address.of(street, BATU_CERMIN));
    assertEquals("address street must not be blank, was '" + street + "'", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "8655", "865544", "86 554", "8655a", " 86554", "\u0668\u0666554"})
  void rejectsPostalCodeOtherThanFiveDigits(String postalCode) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Address.builder().street("Jalan Frans Nala").postalCode(postalCode).build());
    assertEquals("postal code must be 5 digits, was '" + postalCode + "'", e.getMessage());
  }

  @Test
  void copies() {
    Address site = Address.of("Jalan Frans Nala", LABUAN_BAJO);
    Address copy = Address.builder().from(site).postalCode("86554").build();
    assertEquals(site.street(), copy.street());
    assertEquals(site.region(), copy.region());
    assertEquals(Optional.of("86554"), copy.postalCode());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Address.of("Jalan Frans Nala", LABUAN_BAJO),
            Address.builder().street("Jalan Frans Nala").region(LABUAN_BAJO).build())
        .addEqualityGroup(Address.of("Jalan Frans Nala", BATU_CERMIN))
        .addEqualityGroup(Address.of("Jalan Frans Nala No. 1", LABUAN_BAJO))
        .addEqualityGroup(Address.builder().street("Jalan Frans Nala").build())
        .addEqualityGroup(
            Address.builder()
                .street("Jalan Frans Nala")
                .region(LABUAN_BAJO)
                .postalCode("86554")
                .build())
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(RegionCode.class, BATU_CERMIN);
    tester.testAllPublicStaticMethods(Address.class);
    tester.testAllPublicInstanceMethods(Address.of("Jalan Frans Nala", LABUAN_BAJO));
  }
}
