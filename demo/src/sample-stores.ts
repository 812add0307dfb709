/** The demo seller's stores: the host `context` that `x-context` fields read (`/stores`, `/store`). */
export const sampleContext = {
  stores: [
    { value: '10231', label: 'Casa Conforto Utilidades (10231)' },
    { value: '20877', label: 'Casa Conforto Outlet (20877)' },
    { value: '31540', label: 'Conforto Kids (31540)' },
  ],
  store: '10231',
};
