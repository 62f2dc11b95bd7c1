import type { DataSet } from './dataset';

const PUBLISHER = 'ICMC Europe (SHARE Network)';

/**
 * Everything the published sources say, and nothing more. A field left out is unknown in
 * the sources: it stays unknown here rather than being guessed.
 */
export const PUBLISHED_DATASET: DataSet = {
  illustrative: false,
  regions: [
    { slug: 'guadalajara', name: 'Guadalajara', country: 'ES', adminRegion: 'Castilla-La Mancha' },
    { slug: 'soria', name: 'Soria', country: 'ES', adminRegion: 'Castilla y León' },
    {
      slug: 'teruel',
      name: 'Teruel',
      country: 'ES',
      adminRegion: 'Aragón',
      nutsCode: 'ES242',
      nutsLevel: 3,
      urbanRuralType: 'PREDOMINANTLY_RURAL',
      identityNote: 'NUTS code, level and typology as given on the project page.',
    },
    { slug: 'isere', name: 'Isère', country: 'FR' },
    { slug: 'vaucluse', name: 'Vaucluse', country: 'FR' },
    { slug: 'correze', name: 'Corrèze', country: 'FR' },
    { slug: 'saone-et-loire', name: 'Saône-et-Loire', country: 'FR' },
    {
      slug: 'silesia',
      name: 'Silesia',
      country: 'PL',
      nutsCode: 'PL22',
      nutsLevel: 2,
      urbanRuralType: 'INTERMEDIATE',
      identityVerified: false,
      identityNote:
        'The project page gives NUTS PL22 (Silesia, level 2, intermediate); some articles say "Lower Silesia". Which territory the platform covers is unverified.',
    },
    { slug: 'mazovia', name: 'Mazovia', country: 'PL' },
    { slug: 'karditsa', name: 'Karditsa', country: 'GR' },
  ],
  organisations: [
    { slug: 'iom-spain', name: 'IOM Spain', category: 'INTERNATIONAL_ORGANISATION' },
    { slug: 'fundacion-cepaim', name: 'Fundación Cepaim', category: 'NGO' },
    { slug: 'icmc-europe', name: 'ICMC Europe', category: 'INTERNATIONAL_ORGANISATION' },
  ],
  sources: [
    {
      ref: 'guadalajara-roundtable-1-article',
      title: 'Regional multi-stakeholder cooperation platform for migrant and refugee integration launched in Guadalajara',
      publisher: PUBLISHER,
    },
    {
      ref: 'soria-roundtable-3-article',
      title: 'Third regional multi-stakeholder cooperation platform for migrant and refugee integration in Soria',
      publisher: PUBLISHER,
    },
  ],
  roundtables: [
    {
      region: 'guadalajara',
      number: 1,
      date: '2021-03-24',
      format: 'ONLINE',
      durationMinutes: 120,
      theme:
        'The concept of "inclusive territories" and its meaning; ways to involve local populations in the integration of migrants; good practices from participants\' municipalities and organisations.',
      source: 'guadalajara-roundtable-1-article',
      organisers: [
        { organisation: 'iom-spain', role: 'ORGANISER' },
        { organisation: 'fundacion-cepaim', role: 'ORGANISER' },
        { organisation: 'icmc-europe', role: 'ORGANISER' },
      ],
      attendance: { total: 26 },
      categories: [
        { code: 'REGIONAL_AUTHORITY' },
        { code: 'LOCAL_AUTHORITY' },
        { code: 'POLITICAL_REPRESENTATIVE' },
        { code: 'CIVIL_SOCIETY' },
        { code: 'INTERNATIONAL_ORGANISATION' },
        { code: 'LOCAL_CITIZEN' },
        { code: 'STUDENT' },
        { code: 'COMMUNITY_AGENCY' },
      ],
      insights: [
        'The tools needed for migrants to have agency (such as language support).',
        'The importance of involving migrants in local community organisations (like parents associations, local associations, migrant-led organisations, etc.).',
        'The importance of empowering migrants in their own integration; make them feel part of the community and value their contribution to socio-economic development.',
        'The benefits of more spontaneous environments, which are led by other citizens, such as community gardens, inter-cultural clubs, etc.',
        'How migrant populations often represent a younger population in what are often aging local communities.',
      ],
    },
    {
      region: 'soria',
      number: 3,
      date: '2021-11-24',
      format: 'HYBRID',
      theme:
        "Migrants' participation in forums and activities, after a presentation of the long-term vision for the EU's rural areas and of the pilot actions selected in the Share SIRA project.",
      source: 'soria-roundtable-3-article',
      organisers: [
        { organisation: 'iom-spain', role: 'ORGANISER' },
        { organisation: 'fundacion-cepaim', role: 'ORGANISER' },
        { organisation: 'icmc-europe', role: 'SUPPORTER' },
      ],
      attendance: { total: 21, online: 18, onsite: 3 },
      categories: [
        { code: 'REGIONAL_AUTHORITY' },
        { code: 'NGO' },
        { code: 'MIGRANT_LED_ORGANISATION' },
        { code: 'VOLUNTEER' },
        { code: 'NEWCOMER' },
      ],
      challenges: [
        {
          code: 'PUBLIC_SPEAKING',
          note: 'Newcomers can feel embarrassed or self-conscious to speak in public, do not feel comfortable enough to speak in that space, or do not dare to make themselves heard.',
        },
        { code: 'LANGUAGE', note: 'They feel insecure about their level of Spanish.' },
        { code: 'TRANSPORT', note: 'Lack of, or scarce, transport options to attend onsite events.' },
        {
          code: 'DIGITAL_GAP',
          note: 'The organisers had to find a space for migrants to attend in person since they did not have access to a computer and/or the Internet.',
        },
        { code: 'TIME_SCHEDULE', note: 'Lack of time or incompatibility of schedules.' },
      ],
      insights: [
        'It was difficult at first to encourage newcomers to share their experiences on participation.',
        'Offering both options, to attend online or to come in person, supports the participation of more newcomers.',
        'The creation of networks through participation in activities and forums allows many migrants to get out of social isolation.',
      ],
      interests: [
        'Intercultural community action',
        "Entrepreneurship and women's employment in rural areas",
        'Rural initiatives and the promotion of social movements in rural areas',
        'Following the development of the three pilot projects to be implemented in Spain',
      ],
    },
  ],
};
