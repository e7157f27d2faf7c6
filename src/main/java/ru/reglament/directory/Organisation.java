package ru.reglament.directory;

/** A state or municipal body (ОГВ/ОМСУ) that provides services; identified by ОГРН. */
public record Organisation(
        int id,
        String ogrn,
        String regionCode,
        String title,
        String shortTitle,
        String address,
        String schedule,
        String phone,
        String email,
        String registrationNumberFormat) {

    public String displayName() {
        return shortTitle == null || shortTitle.isBlank() ? title : shortTitle;
    }
}
