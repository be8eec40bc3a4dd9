/**
 * Where a consumer might be, for the "Can you call now?" drill: places with one time zone, states
 * that span two zones, and files whose area code and address point to different zones. Which
 * areas keep which zone is geography, not law; the zones are IANA names so `Intl` gives each
 * place's clock, daylight saving time included.
 */

export interface Place {
	/** How the working names the place, e.g. "Tennessee, Central part". */
	label: string;
	zone: string;
}

export interface Whereabouts {
	/** One sentence for the situation: what the file says about where the consumer is. */
	file: string;
	/** Why these places, for the first line of the working. */
	why: string;
	places: Place[];
	ambiguous: boolean;
}

const one = (city: string, state: string, zone: string, zoneName: string) => ({
	city,
	state,
	zone,
	zoneName
});

/** Cities with one clock each (Phoenix and Honolulu keep standard time all year). */
export const CITIES = [
	one('Albany', 'New York', 'America/New_York', 'Eastern time'),
	one('Miami', 'Florida', 'America/New_York', 'Eastern time'),
	one('Pensacola', 'Florida', 'America/Chicago', 'Central time'),
	one('Chicago', 'Illinois', 'America/Chicago', 'Central time'),
	one('Nashville', 'Tennessee', 'America/Chicago', 'Central time'),
	one('Dallas', 'Texas', 'America/Chicago', 'Central time'),
	one('El Paso', 'Texas', 'America/Denver', 'Mountain time'),
	one('Denver', 'Colorado', 'America/Denver', 'Mountain time'),
	one('Phoenix', 'Arizona', 'America/Phoenix', 'Arizona time, with no daylight saving time'),
	one('Tucson', 'Arizona', 'America/Phoenix', 'Arizona time, with no daylight saving time'),
	one('Boise', 'Idaho', 'America/Boise', 'Mountain time'),
	one('Los Angeles', 'California', 'America/Los_Angeles', 'Pacific time'),
	one('Seattle', 'Washington', 'America/Los_Angeles', 'Pacific time'),
	one('Anchorage', 'Alaska', 'America/Anchorage', 'Alaska time'),
	one('Honolulu', 'Hawaii', 'Pacific/Honolulu', 'Hawaii time, with no daylight saving time')
];

/** States split between two zones, with the part of the state each zone covers. */
export const SPLIT_STATES: { state: string; parts: Place[] }[] = [
	{
		state: 'Florida',
		parts: [
			{ label: 'Florida, Eastern part (most of the state)', zone: 'America/New_York' },
			{ label: 'Florida, Central part (the western Panhandle)', zone: 'America/Chicago' }
		]
	},
	{
		state: 'Tennessee',
		parts: [
			{ label: 'Tennessee, Eastern part', zone: 'America/New_York' },
			{ label: 'Tennessee, Central part', zone: 'America/Chicago' }
		]
	},
	{
		state: 'Kentucky',
		parts: [
			{ label: 'Kentucky, Eastern part', zone: 'America/New_York' },
			{ label: 'Kentucky, Central part', zone: 'America/Chicago' }
		]
	},
	{
		state: 'Indiana',
		parts: [
			{ label: 'Indiana, Eastern part (most of the state)', zone: 'America/Indiana/Indianapolis' },
			{
				label: 'Indiana, Central part (the northwest and southwest corners)',
				zone: 'America/Chicago'
			}
		]
	},
	{
		state: 'Michigan',
		parts: [
			{ label: 'Michigan, Eastern part (most of the state)', zone: 'America/Detroit' },
			{
				label: 'Michigan, Central part (Upper Peninsula counties on the Wisconsin line)',
				zone: 'America/Menominee'
			}
		]
	},
	{
		state: 'Texas',
		parts: [
			{ label: 'Texas, Central part (most of the state)', zone: 'America/Chicago' },
			{ label: 'Texas, Mountain part (the El Paso area)', zone: 'America/Denver' }
		]
	},
	{
		state: 'Kansas',
		parts: [
			{ label: 'Kansas, Central part (most of the state)', zone: 'America/Chicago' },
			{ label: 'Kansas, Mountain part (a few western counties)', zone: 'America/Denver' }
		]
	},
	{
		state: 'Nebraska',
		parts: [
			{ label: 'Nebraska, Central part', zone: 'America/Chicago' },
			{ label: 'Nebraska, Mountain part (the west)', zone: 'America/Denver' }
		]
	},
	{
		state: 'South Dakota',
		parts: [
			{ label: 'South Dakota, Central part (the east)', zone: 'America/Chicago' },
			{ label: 'South Dakota, Mountain part (the west)', zone: 'America/Denver' }
		]
	},
	{
		state: 'Idaho',
		parts: [
			{ label: 'Idaho, Mountain part (the south)', zone: 'America/Boise' },
			{ label: 'Idaho, Pacific part (the northern panhandle)', zone: 'America/Los_Angeles' }
		]
	},
	{
		state: 'Oregon',
		parts: [
			{ label: 'Oregon, Pacific part (most of the state)', zone: 'America/Los_Angeles' },
			{ label: 'Oregon, Mountain part (most of Malheur County)', zone: 'America/Boise' }
		]
	},
	{
		state: 'Alaska',
		parts: [
			{ label: 'Alaska, Alaska time (most of the state)', zone: 'America/Anchorage' },
			{ label: 'Alaska, Hawaii-Aleutian time (the western Aleutians)', zone: 'America/Adak' }
		]
	},
	{
		state: 'Arizona',
		parts: [
			{ label: 'Arizona, no daylight saving time (most of the state)', zone: 'America/Phoenix' },
			{
				label: 'Arizona, the Navajo Nation (keeps daylight saving time)',
				zone: 'America/Denver'
			}
		]
	}
];

/** Two pieces of contact information that point to different zones. */
export const CONFLICTS: { file: string; places: [Place, Place] }[] = [
	{
		file: 'a mobile number with a 212 area code (New York City) and a mailing address in Los Angeles',
		places: [
			{ label: 'New York City (the 212 area code)', zone: 'America/New_York' },
			{ label: 'Los Angeles (the mailing address)', zone: 'America/Los_Angeles' }
		]
	},
	{
		file: 'a mobile number with a 305 area code (Miami) and a mailing address in Honolulu',
		places: [
			{ label: 'Miami (the 305 area code)', zone: 'America/New_York' },
			{ label: 'Honolulu (the mailing address)', zone: 'Pacific/Honolulu' }
		]
	},
	{
		file: 'a mobile number with a 602 area code (Phoenix) and a mailing address in Denver',
		places: [
			{ label: 'Phoenix (the 602 area code)', zone: 'America/Phoenix' },
			{ label: 'Denver (the mailing address)', zone: 'America/Denver' }
		]
	},
	{
		file: 'a landline with a 312 area code (Chicago) and a mobile number with an 808 area code (Hawaii)',
		places: [
			{ label: 'Chicago (the 312 landline)', zone: 'America/Chicago' },
			{ label: 'Hawaii (the 808 mobile number)', zone: 'Pacific/Honolulu' }
		]
	},
	{
		file: 'a mobile number with a 907 area code (Alaska) and a mailing address in Seattle',
		places: [
			{ label: 'Alaska (the 907 area code)', zone: 'America/Anchorage' },
			{ label: 'Seattle (the mailing address)', zone: 'America/Los_Angeles' }
		]
	},
	{
		file: 'a mobile number with a 617 area code (Boston) and a mailing address in Phoenix',
		places: [
			{ label: 'Boston (the 617 area code)', zone: 'America/New_York' },
			{ label: 'Phoenix (the mailing address)', zone: 'America/Phoenix' }
		]
	},
	{
		file: 'a mobile number with a 212 area code (New York City) and a landline with a 303 area code (Denver)',
		places: [
			{ label: 'New York City (the 212 mobile number)', zone: 'America/New_York' },
			{ label: 'Denver (the 303 landline)', zone: 'America/Denver' }
		]
	}
];

/** Where the collector sits. */
export const OFFICES = [
	{ city: 'New York', zone: 'America/New_York' },
	{ city: 'Chicago', zone: 'America/Chicago' },
	{ city: 'Denver', zone: 'America/Denver' },
	{ city: 'Phoenix', zone: 'America/Phoenix' },
	{ city: 'Los Angeles', zone: 'America/Los_Angeles' }
];
