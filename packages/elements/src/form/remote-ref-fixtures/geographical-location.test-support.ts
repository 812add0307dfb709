/**
 * The schema json-schema.org's examples publish at `https://example.com/geographical-location.schema.json`:
 * the tests' stand-in for a document on another origin, fetched (remote refs) or registered (`refs`).
 */
import { expect } from 'vitest';
import { page } from 'vitest/browser';
import type { SfForm } from '../sf-form.component.js';

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

/**
 * Types a location into a form whose `geo` field is the schema above and checks that the element
 * validates it through that schema: a valid answer is its value, a latitude out of range is refused.
 */
export async function expectGeoValidatedThroughRef(element: SfForm): Promise<void> {
  await page.getByLabelText(/^Latitude/).fill('-23.5');
  await page.getByLabelText(/^Longitude/).fill('-46.6');
  expect(element.validate()).toBe(true);
  expect(element.value).toEqual({ geo: { latitude: -23.5, longitude: -46.6 } });
  await page.getByLabelText(/^Latitude/).fill('123');
  expect(element.validate()).toBe(false);
}
