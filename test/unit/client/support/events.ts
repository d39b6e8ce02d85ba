import { act, fireEvent } from '@testing-library/react';

/** What a person does on a page in the client tests: tap an element, or type into a Taro input (its `input` event). */
export const click = async (el: Element | null): Promise<void> => {
  expect(el).not.toBeNull();
  await act(async () => void fireEvent.click(el!));
};

export const type = (el: Element | null, value: string): void => {
  expect(el).not.toBeNull();
  act(() => void fireEvent(el!, new CustomEvent('input', { detail: { value }, bubbles: true })));
};
