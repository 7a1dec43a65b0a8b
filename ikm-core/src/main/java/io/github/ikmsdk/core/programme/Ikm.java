package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.Nib;
import io.github.ikmsdk.core.identifier.Nik;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A small or medium industry business (Pelaku IKM, unit usaha IKM) taking part in a programme.
 *
 * <p>Mentors visit the IKM at its production site (tempat produksi), whose location the rules
 * compare with recorded visit locations, inside its {@linkplain #openingHours() opening hours} (jam
 * buka). The owner's NIK is personal data: {@link #toString()} prints it masked, and the JSON
 * writer leaves it out unless asked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Ikm {

  Ikm() {}

  /**
   * Returns the id of the IKM.
   *
   * @return the id
   */
  public abstract IkmId id();

  /**
   * Returns the business name (nama usaha).
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the owner's name (nama pemilik).
   *
   * @return the owner's name, not blank
   */
  public abstract String ownerName();

  /**
   * Returns the business identification number (NIB) from the OSS system.
   *
   * @return the NIB, if the business has one
   */
  public abstract Optional<Nib> nib();

  /**
   * Returns the owner's population identification number (NIK); personal data.
   *
   * @return the NIK, if recorded
   */
  public abstract Optional<Nik> ownerNik();

  /**
   * Returns the KBLI 2020 code of the business's main activity.
   *
   * @return the KBLI code
   */
  public abstract Kbli kbli();

  /**
   * Returns the sentra the IKM belongs to.
   *
   * @return the sentra id
   */
  public abstract SentraId sentra();

  /**
   * Returns the commodity the IKM produces (komoditi); the rules require it to match its sentra's
   * commodity.
   *
   * @return the commodity id
   */
  public abstract CommodityId commodity();

  /**
   * Returns the location of the production site (lokasi tempat produksi).
   *
   * @return the production site
   */
  public abstract GeoPoint productionSite();

  /**
   * Returns the address of the production site (alamat tempat produksi).
   *
   * @return the address
   */
  public abstract Address address();

  /**
   * Returns the opening hours of the production site (jam buka): a window per day of the week, a
   * day possibly closed, and exceptions for single dates. Visits to the IKM lie inside the window
   * of their date.
   *
   * @return the opening hours; {@link OpeningHours#always()} (open all day, every day) if none were
   *     set
   * @since 0.2.0
   */
  @Value.Default
  public OpeningHours openingHours() {
    return OpeningHours.always();
  }

  /**
   * Returns the IKM's opening window on a date: the one answer the visit planner uses, see {@link
   * OpeningHours#window(LocalDate)}.
   *
   * @param date the date, not null
   * @return the window, or empty if the IKM is closed on that date
   * @since 0.2.0
   */
  public Optional<TimeWindow> openingWindow(LocalDate date) {
    return openingHours().window(date);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ikm} values; obtain one with {@link Ikm#builder()}. */
  public static final class Builder extends ImmutableIkm.Builder {
    Builder() {}

    /**
     * Sets the same opening window for every day of the week, the simple case of {@link
     * #openingHours(OpeningHours)}.
     *
     * @param window the daily opening window, not null
     * @return this builder
     * @since 0.2.0
     */
    public Builder dailyOpeningHours(TimeWindow window) {
      return openingHours(OpeningHours.daily(window));
    }
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "IKM %s: name must not be blank", id());
    checkArgument(!ownerName().isBlank(), "IKM %s: owner name must not be blank", id());
  }
}
