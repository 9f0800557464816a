import { u16, u32 } from './little-endian';

/**
 * Compound File Binary (OLE2) directory walk: lists the stream and storage names of a CFB file, which is
 * enough to tell a password-protected .xlsx (an `EncryptionInfo` stream beside `EncryptedPackage`) from a
 * legacy .xls (a `Workbook` or `Book` stream). Sector chains are followed through the FAT with loop and
 * bounds guards, because the file may be damaged.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY = 128;

export class CfbFormatError extends Error {}

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** Names of all allocated directory entries (root, storages, streams). */
export function cfbEntryNames(b: Uint8Array): string[] {
  if (!isCfb(b)) throw new CfbFormatError('not a compound file');
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) throw new CfbFormatError(`bad sector size 2^${shift}`);
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((b.length - sectorSize) / sectorSize);
  const sectorStart = (sector: number): number => {
    if (sector >= sectorCount) throw new CfbFormatError(`sector ${sector} lies beyond the end of the file`);
    return (sector + 1) * sectorSize;
  };

  // The FAT sectors are listed in the header's DIFAT, continued in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const fatSectorCount = u32(b, 0x2c);
  for (let k = 0; k < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; k++)
    fatSectors.push(u32(b, 0x4c + 4 * k));
  let difat = u32(b, 0x44);
  for (let guard = 0; fatSectors.length < fatSectorCount && difat !== END_OF_CHAIN && difat !== FREE; guard++) {
    if (guard > sectorCount) throw new CfbFormatError('DIFAT chain loops');
    const start = sectorStart(difat);
    const perSector = sectorSize / 4 - 1;
    for (let k = 0; k < perSector && fatSectors.length < fatSectorCount; k++) fatSectors.push(u32(b, start + 4 * k));
    difat = u32(b, start + 4 * perSector);
  }
  const entriesPerFatSector = sectorSize / 4;
  const next = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerFatSector)];
    if (fatSector === undefined) throw new CfbFormatError(`sector ${sector} is outside the FAT`);
    return u32(b, sectorStart(fatSector) + 4 * (sector % entriesPerFatSector));
  };

  const names: string[] = [];
  let sector = u32(b, 0x30);
  for (let guard = 0; sector !== END_OF_CHAIN; guard++) {
    if (guard > sectorCount) throw new CfbFormatError('directory chain loops');
    const start = sectorStart(sector);
    for (let o = start; o < start + sectorSize; o += DIRECTORY_ENTRY) {
      const type = b[o + 0x42];
      const nameBytes = u16(b, o + 0x40);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let c = 0; c < nameBytes - 2; c += 2) name += String.fromCharCode(u16(b, o + c));
      names.push(name);
    }
    sector = next(sector);
  }
  return names;
}
