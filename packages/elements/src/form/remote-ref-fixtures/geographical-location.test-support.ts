/**
 * The schema json-schema.org's examples publish at `https://example.com/geographical-location.schema.json`:
 * the tests' stand-in for a document on another origin, fetched (remote refs) or registered (`refs`).
 */
export const GEOGRAPHICAL_LOCATION_ID = 'https://example.com/geographical-location.schema.json';

export const geographicalLocation = {
  title: 'Longitude and Latitude Values',
  type: 'object',
  required: ['latitude', 'longitude'],
  properties: {
    latitude: { type: 'number', title: 'Latitude', minimum: -90, maximum: 90 },
    longitude: { type: 'number', title: 'Longitude', minimum: -180, maximum: 180 },
  },
};
