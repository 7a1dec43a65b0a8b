/**
 * Official Indonesian identifiers with format checks and parsing: NIB (Nomor Induk Berusaha), NIK
 * (Nomor Induk Kependudukan), NIP (Nomor Induk Pegawai), KBLI 2020 (Klasifikasi Baku Lapangan Usaha
 * Indonesia) and Kemendagri region codes (kode wilayah).
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.identifier;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
