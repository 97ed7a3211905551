/**
 * The sources behind the daily cards and Learn pieces. Each key is a heading in docs/evidence/daily.md, where the
 * full reference and what Spotter takes from it (and what is our own judgement) are written out.
 */

/** One source: a short citation for the screen and, when public, where to read it. */
export interface DailySource {
  citation: string;
  url?: string;
}

/** Sources by key (keys are used in `DailyCard.sources` and `LEARN_PIECES[].sources`). */
export const DAILY_SOURCES: Record<string, DailySource> = {
  "snook-1998": {
    citation: "Snook et al. 1998, Spine 23(23):2601-2607 (controlling early-morning lumbar flexion)",
    url: "https://doi.org/10.1097/00007632-199812010-00015",
  },
  "adams-1987": {
    citation: "Adams, Dolan, Hutton 1987, Spine 12(2):130-137 (diurnal variation of spinal stresses)",
  },
  "efsa-2010-water": {
    citation: "EFSA NDA Panel 2010, Dietary reference values for water, EFSA Journal 8(3):1459",
    url: "https://www.efsa.europa.eu/en/efsajournal/pub/1459",
  },
  "iom-2004-water": {
    citation:
      "Institute of Medicine 2004, Dietary Reference Intakes for Water, Potassium, Sodium, Chloride, and Sulfate",
    url: "https://doi.org/10.17226/10925",
  },
  "acsm-2007-fluid": {
    citation: "ACSM Position Stand 2007, Exercise and fluid replacement, Med Sci Sports Exerc 39(2):377-390",
  },
  "iom-2011-calcium-vitd": {
    citation: "Institute of Medicine 2011, Dietary Reference Intakes for Calcium and Vitamin D",
    url: "https://doi.org/10.17226/13050",
  },
  "nih-ods-calcium": {
    citation: "NIH Office of Dietary Supplements, Calcium fact sheet for health professionals",
    url: "https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/",
  },
  "nih-ods-vitamin-d": {
    citation: "NIH Office of Dietary Supplements, Vitamin D fact sheet for health professionals",
    url: "https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/",
  },
  "nice-ng59": {
    citation: "NICE guideline NG59 (2016, updated 2020), Low back pain and sciatica in over 16s",
    url: "https://www.nice.org.uk/guidance/ng59",
  },
  "wassell-2000": {
    citation: "Wassell et al. 2000, JAMA 284(21):2727-2732 (back belts and back injury in workers)",
  },
  "niosh-1994-belts": {
    citation: "NIOSH 1994, Workplace use of back belts, DHHS (NIOSH) Publication 94-122",
    url: "https://www.cdc.gov/niosh/docs/94-122/",
  },
  "harman-1989": {
    citation: "Harman et al. 1989, Med Sci Sports Exerc 21(2):186-190 (belt and intra-abdominal pressure)",
  },
  "thomee-1997": {
    citation: "Thomeé 1997, Phys Ther 77(12):1690-1703 (the pain-monitoring model)",
  },
  "silbernagel-2007": {
    citation: "Silbernagel et al. 2007, Am J Sports Med 35(6):897-906 (training with pain monitoring)",
  },
  "axler-mcgill-1997": {
    citation: "Axler and McGill 1997, Med Sci Sports Exerc 29(6):804-811 (spine loads of abdominal exercises)",
  },
  "callaghan-1998": {
    citation: "Callaghan, Gunning, McGill 1998, Phys Ther 78(1):8-18 (spine loads of extensor exercises)",
  },
  "spotter-judgement": {
    citation: "Spotter's own judgement, explained in docs/evidence/daily.md",
  },
};
